package rnnplayground.app;

/**
 * Runs a recall experiment where the page stays responsive: in slices of a few milliseconds an
 * animation frame now (web/experiment/FrameRunner), in a worker maybe later. The page's view knows
 * only this: it hands over an experiment, hears after each slice, and may stop it.
 */
public interface ExperimentRunner {
    /** Runs {@code experiment} until it is done or cancelled, calling {@code afterSlice} after each slice of work. */
    void run(RecallExperiment experiment, Runnable afterSlice);

    /** Stops running: no more slices, no more calls. */
    void stop();
}
