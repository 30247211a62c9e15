package rnnplayground.app;

import rnnplayground.core.Packed;
import rnnplayground.core.Param;
import rnnplayground.core.Predictions;

/**
 * A training run watching itself: its loss smoothed over the last steps (an exponential moving
 * average), and a copy of the last weights seen to do better than a uniform guess. The loss has
 * diverged when the smoothed loss is over twice a uniform guess's and has risen by more than a
 * uniform guess's above its lowest since the part began: a new text may start far above the line
 * (a network sure of the old one) and come down, which is learning, not diverging. Everything here
 * is decided by the losses alone, so that a link's steps, taken again, stop at the same step.
 */
final class DivergenceWatch {
    /** The weight of each new loss in the smoothed one: about the last ten steps count. */
    static final double SMOOTHING = 0.1;
    /** How often the weights are copied, in steps. */
    static final int EVERY = 10;

    private final Param[] params;
    /** Weights whose own loss was below a uniform guess's (or the untrained ones), and their step. */
    private float[][] good;
    private int goodStep;
    /** Weights copied after a step, until the next step tells their loss; their step, or -1. */
    private float[][] candidate;
    private int candidateStep = -1;
    /** The smoothed loss of the current part, NaN before its first step, and its lowest. */
    private double smoothed = Double.NaN;
    private double lowest;

    /** Watches the training of {@code params}, whose values now are step 0's. */
    DivergenceWatch(Param[] params) {
        this.params = params;
        good = copy(null);
        candidate = new float[params.length][];
    }

    /** The line the smoothed loss must cross: twice a uniform guess's loss. */
    static double line() {
        return 2 * Predictions.uniformLoss();
    }

    /** A new part of the plan begins (another text, or other settings): the smoothing starts again. */
    void newPart() {
        smoothed = Double.NaN;
    }

    /**
     * Step {@code step} (counted from 1) was taken, with {@code loss} the loss of the weights before
     * it. Returns whether the loss has now diverged.
     */
    boolean diverged(int step, double loss) {
        if (candidateStep == step - 1 && loss < Predictions.uniformLoss()) {
            float[][] kept = good;
            good = candidate;
            candidate = kept;
            goodStep = candidateStep;
        }
        candidateStep = -1;
        boolean first = smoothed != smoothed;
        smoothed = first ? loss : smoothed + SMOOTHING * (loss - smoothed);
        lowest = first ? smoothed : Math.min(lowest, smoothed);
        if (smoothed > line() && smoothed - lowest > Predictions.uniformLoss()) {
            return true;
        }
        if (step % EVERY == 0) {
            candidate = copy(candidate);
            candidateStep = step;
        }
        return false;
    }

    void save(Packed out) {
        out.putNumber(goodStep);
        out.putNumber(candidateStep);
        out.putNumber(smoothed);
        out.putNumber(lowest);
        for (int k = 0; k < params.length; k++) {
            out.putFloats(good[k]);
            out.putBoolean(candidate[k] != null);
            if (candidate[k] != null) {
                out.putFloats(candidate[k]);
            }
        }
    }

    void load(Packed in) {
        goodStep = in.integer();
        candidateStep = in.integer();
        smoothed = in.number();
        lowest = in.number();
        for (int k = 0; k < params.length; k++) {
            in.floatsInto(good[k]);
            if (in.bool()) {
                if (candidate[k] == null) {
                    candidate[k] = new float[params[k].w.length];
                }
                in.floatsInto(candidate[k]);
            }
        }
    }

    /** Puts the last good weights back into the network; returns the step they are of. */
    int restore() {
        for (int k = 0; k < params.length; k++) {
            System.arraycopy(good[k], 0, params[k].w, 0, params[k].w.length);
        }
        return goodStep;
    }

    /** The network's weights now, in {@code into}'s arrays where it has them. */
    private float[][] copy(float[][] into) {
        float[][] copy = into != null ? into : new float[params.length][];
        for (int k = 0; k < params.length; k++) {
            if (copy[k] == null) {
                copy[k] = new float[params[k].w.length];
            }
            System.arraycopy(params[k].w, 0, copy[k], 0, params[k].w.length);
        }
        return copy;
    }
}
