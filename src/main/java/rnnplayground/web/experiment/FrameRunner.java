package rnnplayground.web.experiment;

import rnnplayground.app.ExperimentRunner;
import rnnplayground.app.RecallExperiment;
import rnnplayground.web.dom.FrameSlices;
import rnnplayground.web.dom.Page;

/** The experiment in the page itself: a slice of work each animation frame, the rest of the frame the page's. */
final class FrameRunner implements ExperimentRunner {
    /** The time a frame gives to the experiment: with the page's own work, within a frame of 60 Hz. */
    static final double SLICE_MS = 10;

    private final FrameSlices slices = new FrameSlices();

    @Override
    public void run(RecallExperiment experiment, Runnable afterSlice) {
        slices.run(() -> {
            experiment.run(Page::now, SLICE_MS);
            return experiment.done();
        }, afterSlice);
    }

    @Override
    public void stop() {
        slices.stop();
    }
}
