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

    TaskScore(int right, int scored, double loss) {
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
        TaskScoring scoring = new TaskScoring(network);
        for (TaskSequence sequence : sequences) {
            scoring.add(sequence);
        }
        return scoring.score();
    }
}
