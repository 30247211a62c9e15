package rnnplayground.web.worker;

import rnnplayground.core.Packed;

/**
 * The worker's side of a job beside the training (a recall experiment, a fixed-point search): the page
 * starts it ({@code name}, with what it asks as {@code Packed}), the worker runs it in slices and posts
 * its state after each ({@code name-state}, busy until the last), until it is done, or the page stops
 * it ({@code name-stop}) or starts the next. What fails is posted as "failed".
 */
abstract class SlicedJob {
    private final String name;
    private final WorkerScope self;
    private final Slices slices = new Slices(this::slice);
    private boolean running;
    private int generation;

    SlicedJob(String name, WorkerScope self) {
        this.name = name;
        this.self = self;
    }

    static String stop(String name) {
        return name + "-stop";
    }

    static String state(String name) {
        return name + "-state";
    }

    /** Whether the page's message is for this job. */
    boolean reads(WorkerMessage message) {
        String type = message.getType();
        return type.equals(name) || type.equals(stop(name));
    }

    void receive(WorkerMessage message) {
        generation = message.getGeneration();
        running = false;
        slices.cancel();
        if (name.equals(message.getType())) {
            try {
                begin(PackedMessage.read(message));
                running = true;
                slices.next(0);
            } catch (Throwable error) {
                self.postMessage(WorkerMessage.failure(generation, error), new JsList<>());
            }
        }
    }

    /** Takes up what the page asks. */
    abstract void begin(Packed asked);

    /** A slice of the work, then the state reached written into {@code out}; returns whether work is left. */
    abstract boolean slice(Packed out);

    private void slice() {
        if (!running) {
            return;
        }
        try {
            Packed packed = new Packed();
            running = slice(packed);
            WorkerMessage message = WorkerMessage.of(state(name), generation);
            message.setBusy(running);
            self.postMessage(message, PackedMessage.write(packed, message));
            if (running) {
                slices.next(0);
            }
        } catch (Throwable error) {
            running = false;
            self.postMessage(WorkerMessage.failure(generation, error), new JsList<>());
        }
    }
}
