package rnnplayground.core;

/**
 * Training on a {@link Task}: each step draws a fresh sequence from the task's generator and takes one
 * {@link Trainer} step on its scored positions. Fresh sequences rather than a fixed set: the network
 * never sees a set it could learn by heart, so what the held-out sequences measure is the rule.
 */
public final class TaskTrainer {
    private final Trainer trainer;
    private final Task task;
    private final Prng sequences;
    private TaskSequence last;

    /** Trains {@code network} on sequences of {@code task} drawn from {@code seed}. */
    public TaskTrainer(Network network, Task task, int seed) {
        this.trainer = new Trainer(network);
        this.task = task;
        this.sequences = new Prng(seed);
    }

    /** The trainer, for its learning rate and clipping, its steps and its fault. */
    public Trainer trainer() {
        return trainer;
    }

    public Task task() {
        return task;
    }

    /** One step on the next sequence drawn; after a fault, the fault again (and no sequence is drawn). */
    public TrainingStep step() {
        if (trainer.fault() != null) {
            return trainer.fault();
        }
        last = task.draw(sequences);
        return trainer.step(last.symbols, last.scored);
    }

    /** The sequence of the last step, or null before the first. */
    public TaskSequence lastSequence() {
        return last;
    }

    /** The network's score on {@code heldOut} (see {@link TaskScore#of}). */
    public TaskScore score(TaskSequence[] heldOut) {
        return TaskScore.of(trainer.network(), heldOut);
    }
}
