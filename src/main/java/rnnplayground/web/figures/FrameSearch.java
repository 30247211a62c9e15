package rnnplayground.web.figures;

import rnnplayground.app.space.FixedPointRunner;
import rnnplayground.app.space.StateSpace;
import rnnplayground.web.dom.FrameSlices;
import rnnplayground.web.dom.Page;

/** The fixed-point search in the page itself: a few milliseconds each animation frame. */
public final class FrameSearch implements FixedPointRunner {
    /** The search's share of an animation frame. */
    static final double SLICE_MS = 4;

    private final FrameSlices slices = new FrameSlices();

    @Override
    public void run(StateSpace space, Runnable afterSlice) {
        slices.run(() -> space.search(Page::now, SLICE_MS), afterSlice);
    }

    @Override
    public void stop() {
        slices.stop();
    }
}
