package rnnplayground.app;

import rnnplayground.core.Packed;

/** The loss and the gradient norm of every training step, and the steps where a new text began. */
public final class TrainingLog {
    private double[] losses = new double[256];
    private double[] norms = new double[256];
    private int steps;
    private int[] edits = new int[8];
    private int editCount;
    /** Counts the times steps were taken back (cleared, or read in from an earlier step): see {@link StepColumns}. */
    private int rewrites;

    void clear() {
        steps = 0;
        editCount = 0;
        rewrites++;
    }

    void add(double loss, double gradientNorm) {
        if (steps == losses.length) {
            losses = grown(losses);
            norms = grown(norms);
        }
        losses[steps] = loss;
        norms[steps] = gradientNorm;
        steps++;
    }

    /** A new text begins after the steps logged so far. */
    void markEdit() {
        editAfter(steps);
    }

    private void editAfter(int step) {
        if (editCount > 0 && edits[editCount - 1] == step) {
            return;
        }
        if (editCount == edits.length) {
            int[] grown = new int[edits.length * 2];
            System.arraycopy(edits, 0, grown, 0, editCount);
            edits = grown;
        }
        edits[editCount++] = step;
    }

    /** The steps from {@code from} on (those before, the reader has already), and every edit. */
    void save(Packed out, int from) {
        out.putNumber(from);
        double[] newLosses = new double[steps - from];
        double[] newNorms = new double[steps - from];
        System.arraycopy(losses, from, newLosses, 0, newLosses.length);
        System.arraycopy(norms, from, newNorms, 0, newNorms.length);
        out.putDoubles(newLosses);
        out.putDoubles(newNorms);
        out.putNumber(editCount);
        for (int e = 0; e < editCount; e++) {
            out.putNumber(edits[e]);
        }
    }

    /** What {@link #save} wrote, after the steps before its start, which this log must hold. */
    void load(Packed in) {
        int from = in.integer();
        if (from > steps) {
            throw new IllegalStateException("a log from step " + from + " after " + steps + " steps");
        }
        if (from < steps) {
            rewrites++;
        }
        steps = from;
        double[] newLosses = in.doubles();
        double[] newNorms = in.doubles();
        for (int k = 0; k < newLosses.length; k++) {
            add(newLosses[k], newNorms[k]);
        }
        editCount = 0;
        for (int e = in.integer(); e > 0; e--) {
            editAfter(in.integer());
        }
    }

    public int steps() {
        return steps;
    }

    /** Moves when steps logged before are taken back: what was read of them may no longer hold. */
    public int rewrites() {
        return rewrites;
    }

    /** The loss of step k (counted from 0), in nats per symbol, before that step's update. */
    public double loss(int k) {
        return losses[k];
    }

    /** The global gradient norm of step k, before clipping. */
    public double gradientNorm(int k) {
        return norms[k];
    }

    public int edits() {
        return editCount;
    }

    /** The number of steps taken before the e-th new text. */
    public int editAt(int e) {
        return edits[e];
    }

    private static double[] grown(double[] values) {
        double[] grown = new double[values.length * 2];
        System.arraycopy(values, 0, grown, 0, values.length);
        return grown;
    }
}
