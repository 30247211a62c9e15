package rnnplayground.web.experiment;

import org.teavm.jso.browser.Window;
import rnnplayground.app.ExperimentRunner;
import rnnplayground.app.RecallExperiment;
import rnnplayground.web.dom.Page;

/** The experiment in the page itself: a slice of work each animation frame, the rest of the frame the page's. */
final class FrameRunner implements ExperimentRunner {
    /** The time a frame gives to the experiment: with the page's own work, within a frame of 60 Hz. */
    static final double SLICE_MS = 10;

    private RecallExperiment experiment;
    private Runnable afterSlice;
    private int frame = -1;

    @Override
    public void run(RecallExperiment next, Runnable after) {
        stop();
        experiment = next;
        afterSlice = after;
        frame = Window.requestAnimationFrame(time -> slice());
    }

    @Override
    public void stop() {
        if (frame >= 0) {
            Window.cancelAnimationFrame(frame);
            frame = -1;
        }
        experiment = null;
        afterSlice = null;
    }

    private void slice() {
        frame = -1;
        experiment.run(Page::now, SLICE_MS);
        Runnable after = afterSlice;
        if (!experiment.done()) {
            frame = Window.requestAnimationFrame(time -> slice());
        }
        after.run();
    }
}
