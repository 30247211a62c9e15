package rnnplayground.web.worker;

import java.util.function.BooleanSupplier;
import rnnplayground.web.dom.Page;

/** Tells a worker that has fallen silent: when it was last heard from, and a check repeated while wanted. */
final class Watchdog {
    private double heardAt;
    private int timer = -1;

    void heard() {
        heardAt = Page.now();
    }

    /** Milliseconds since the worker was last heard from. */
    double silence() {
        return Page.now() - heardAt;
    }

    /** Runs {@code check} every {@code periodMs} until it returns false or {@link #stop}; one check at a time. */
    void watch(double periodMs, BooleanSupplier check) {
        if (timer >= 0) {
            return;
        }
        timer = WorkerScope.setTimeout(() -> {
            timer = -1;
            if (check.getAsBoolean()) {
                watch(periodMs, check);
            }
        }, periodMs);
    }

    void stop() {
        if (timer >= 0) {
            WorkerScope.clearTimeout(timer);
            timer = -1;
        }
    }
}
