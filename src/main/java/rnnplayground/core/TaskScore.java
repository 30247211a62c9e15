package rnnplayground.core;

/**
 * How well a network does on a task's sequences: the scored positions where its most probable
 * symbol is the right one, and its mean cross-entropy there.
 */
public final class TaskScore {
    /** Scored positions where the most probable symbol (the first of equals) was the right one. */
    public final int right;
    /** Scored positions in all. */
    public final int scored;
    /** The mean cross-entropy of the scored predictions, in nats, summed sequence after sequence. */
    public final double loss;

    private TaskScore(int right, int scored, double loss) {
        this.right = right;
        this.scored = scored;
        this.loss = loss;
    }

    /** right / scored. */
    public double accuracy() {
        return right / (double) scored;
    }

    /** The score of {@code network} on {@code sequences}, each read from a state of zeros. */
    public static TaskScore of(Network network, TaskSequence[] sequences) {
        Trajectory trajectory = new Trajectory(network.cell);
        Predictions predictions = new Predictions();
        int right = 0;
        int scored = 0;
        double sum = 0;
        for (TaskSequence sequence : sequences) {
            int[] symbols = sequence.symbols;
            int last = sequence.scored[sequence.scored.length - 1];
            trajectory.update(symbols, 0, last);
            predictions.update(network.readout, trajectory, last);
            for (int p : sequence.scored) {
                if (predictions.top(p - 1) == symbols[p]) {
                    right++;
                }
                sum = predictions.crossEntropy(p - 1, symbols[p]) + sum;
            }
            scored += sequence.scored.length;
        }
        return new TaskScore(right, scored, sum / scored);
    }
}
