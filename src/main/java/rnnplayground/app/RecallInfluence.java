package rnnplayground.app;

import rnnplayground.core.ExpLog;
import rnnplayground.core.Influence;
import rnnplayground.core.Network;
import rnnplayground.core.RecallTask;
import rnnplayground.core.TaskSequence;
import rnnplayground.core.Trajectory;

/**
 * Where a network's gradient dies on recall: on one sequence of recall after a gap, how much the
 * prediction after the cue (the score it gives the right symbol) depends on each earlier state,
 * ‖∂y/∂s_j‖ (the whole state: the LSTM's c too), from the cue back to the symbol to recall.
 */
public final class RecallInfluence {
    /** The sequence read: the symbol, the gap, the cue and the symbol again (the last is only predicted). */
    public final TaskSequence sequence;
    private final double[] values;
    private final double largest;

    private RecallInfluence(TaskSequence sequence, double[] values) {
        this.sequence = sequence;
        this.values = values;
        double most = 0;
        for (double value : values) {
            most = Math.max(most, value);
        }
        this.largest = most;
    }

    /** The influence rows of {@code network} on the first example of recall after {@code gap}. */
    public static RecallInfluence of(Network network, int gap) {
        TaskSequence sequence = new RecallTask(gap).draw(TaskChoice.EXAMPLE_SEED, 1)[0];
        int cue = gap + 1;
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.update(sequence.symbols, 0, cue + 1);
        Influence influence = new Influence(network);
        influence.ofScore(trajectory, cue, sequence.symbols[cue + 1]);
        double[] values = new double[cue + 1];
        for (int j = 0; j <= cue; j++) {
            values[j] = influence.stateNorm(j);
        }
        return new RecallInfluence(sequence, values);
    }

    /** The steps read: the symbol, the gap and the cue. */
    public int steps() {
        return values.length;
    }

    /** ‖∂y/∂s_j‖. */
    public double value(int j) {
        return values[j];
    }

    /** Step j's value on the influence rows' scale: its share of the largest, on a log axis from 0 to 1. */
    public double magnitude(int j) {
        return ColorScale.magnitude(values[j], largest);
    }

    /**
     * "From the cue back to the first symbol, ‖∂y/∂s‖ falls from 1.3 to 2.8 × 10⁻⁴: × 0.55 a step on
     * average." (or rises, or vanishes altogether).
     */
    public String sentence() {
        int cue = values.length - 1;
        double first = values[0];
        double last = values[cue];
        String from = "From the cue back to the symbol to recall, ‖∂y/∂s‖ ";
        if (!(last > 0)) {
            return from + "is 0 all along: the prediction ignores what came before.";
        }
        if (!(first > 0)) {
            return from + "falls from " + NumberText.scientific(last) + " to exactly 0: nothing of the symbol reaches the "
                    + "prediction.";
        }
        double logPerStep = cue == 0 ? 0 : ExpLog.log(first / last) / cue;
        double perStep = logPerStep <= 0 ? ExpLog.exp(logPerStep) : 1 / ExpLog.exp(-logPerStep);
        return from + (first < last ? "falls" : "rises") + " from " + NumberText.scientific(last) + " to "
                + NumberText.scientific(first) + ": × " + NumberText.significant(perStep, 2) + " a step on average.";
    }
}
