package rnnplayground.core;

/**
 * A {@link TaskScore} added up sequence by sequence, so that scoring many held-out sequences can be
 * taken in slices: the same bits as scoring them at once. The weights must stay as they are from the
 * first sequence added to the score: a sequence is computed only from its first symbol that differs
 * from the one before.
 */
public final class TaskScoring {
    private final Network network;
    private final Trajectory trajectory;
    private final Predictions predictions = new Predictions();
    private int right;
    private int scored;
    private double sum;

    public TaskScoring(Network network) {
        this.network = network;
        this.trajectory = new Trajectory(network.cell);
    }

    /** Scores {@code sequence}, read from a state of zeros, with the network's current weights. */
    public void add(TaskSequence sequence) {
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

    /** The score of the sequences added so far (at least one). */
    public TaskScore score() {
        return new TaskScore(right, scored, sum / scored);
    }
}
