package rnnplayground.core;

/**
 * Something a network is trained on besides the free text: sequences drawn from a seeded generator
 * (int arithmetic only, so the same sequences on every engine), each with the positions whose
 * prediction counts. Training on a task scores those predictions only (see {@link TaskTrainer}); its
 * accuracy is the share of them where the most probable symbol is the right one.
 */
public interface Task {
    /** "recall", "count", "noisy": the task's key in links. */
    String key();

    /** Draws one sequence with {@code prng}; each call draws the next. */
    TaskSequence draw(Prng prng);

    /** The most symbols a sequence of this task has. */
    int maxLength();

    /**
     * The accuracy without memory: that of the best guess from the current symbol alone, which knows
     * nothing of the symbols before it. A network above it has used what it remembers.
     */
    double chance();

    /** {@code count} sequences drawn from {@code seed}: held-out sequences, or examples to show. */
    default TaskSequence[] draw(int seed, int count) {
        Prng prng = new Prng(seed);
        TaskSequence[] sequences = new TaskSequence[count];
        for (int k = 0; k < count; k++) {
            sequences[k] = draw(prng);
        }
        return sequences;
    }
}
