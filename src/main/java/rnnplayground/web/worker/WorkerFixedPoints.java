package rnnplayground.web.worker;

import rnnplayground.app.space.FixedPointRunner;
import rnnplayground.app.space.StateSpace;
import rnnplayground.core.Packed;

/**
 * A state space's fixed points searched in a worker of their own, the page's search reading in what
 * the worker has found after each slice; where the browser refuses a worker, or the worker fails, the
 * search goes on in the page's frames ({@code onThePage}) from the last start the worker finished.
 */
public final class WorkerFixedPoints implements FixedPointRunner {
    private final FixedPointRunner onThePage;
    private final SideWorker worker = new SideWorker(FixedPointWorker.NAME, this::read, this::onThePageFromHere);
    private StateSpace space;
    private Runnable afterSlice;

    public WorkerFixedPoints(FixedPointRunner onThePage) {
        this.onThePage = onThePage;
    }

    @Override
    public void run(StateSpace next, Runnable after) {
        stop();
        space = next;
        afterSlice = after;
        if (worker.refused()) {
            onThePage.run(next, after);
        } else {
            Packed asked = new Packed();
            next.saveRequest(asked);
            worker.start(asked);
        }
    }

    @Override
    public void stop() {
        onThePage.stop();
        worker.stop();
        space = null;
        afterSlice = null;
    }

    private void read(Packed state, boolean busy) {
        space.adoptProgress(state);
        Runnable after = afterSlice;
        if (!busy) {
            space = null;
            afterSlice = null;
        }
        after.run();
    }

    private void onThePageFromHere() {
        onThePage.run(space, afterSlice);
    }
}
