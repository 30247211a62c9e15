package rnnplayground.web.worker;

import rnnplayground.web.dom.YieldChannel;

/**
 * One chain of slices of work, in a worker or the page: the next slice after a delay, or at once
 * through a MessageChannel, in a task of its own that lets other messages in between without the delay
 * of nested timers (browsers hold those back to 4 ms at least). Never two slices to come at once.
 */
final class Slices {
    private final Runnable slice;
    private final YieldChannel yield = new YieldChannel();
    private int timer = -1;
    private boolean yielding;

    Slices(Runnable slice) {
        this.slice = slice;
        yield.getPort1().setOnMessage(event -> {
            if (yielding) {
                yielding = false;
                slice.run();
            }
        });
    }

    /** The next slice after {@code delayMs}, unless one is to come already. */
    void next(double delayMs) {
        if (timer >= 0 || yielding) {
            return;
        }
        if (delayMs <= 0) {
            yielding = true;
            yield.getPort2().postMessage(null);
        } else {
            timer = WorkerScope.setTimeout(() -> {
                timer = -1;
                slice.run();
            }, delayMs);
        }
    }

    /** No slice to come. */
    void cancel() {
        if (timer >= 0) {
            WorkerScope.clearTimeout(timer);
            timer = -1;
        }
        yielding = false;
    }
}
