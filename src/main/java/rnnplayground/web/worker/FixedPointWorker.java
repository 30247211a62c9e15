package rnnplayground.web.worker;

import rnnplayground.core.FixedPointSearch;
import rnnplayground.core.Packed;

/** The worker's side of a fixed-point search: what it has found after each slice of whole starts. */
final class FixedPointWorker extends SlicedJob {
    static final String NAME = "fixed-points";
    /** Starts searched between two states posted, for at least this long: one start may take longer. */
    static final double SLICE_MS = 30;

    private FixedPointSearch search;

    FixedPointWorker(WorkerScope self) {
        super(NAME, self);
    }

    @Override
    void begin(Packed asked) {
        search = FixedPointSearch.asked(asked);
    }

    @Override
    boolean slice(Packed out) {
        double start = WorkerScope.now();
        boolean done;
        do {
            done = search.finishStart();
        } while (!done && WorkerScope.now() - start < SLICE_MS);
        search.saveProgress(out);
        return !done;
    }
}
