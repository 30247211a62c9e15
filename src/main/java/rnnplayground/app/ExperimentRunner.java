package rnnplayground.app;

/**
 * Runs a recall experiment where the page stays responsive: in a worker (web/worker/WorkerExperiment,
 * the page's copy reading in what it measured), or in slices of a few milliseconds an animation frame
 * (web/experiment/FrameRunner). The page's view knows only this: it hands over an experiment, hears
 * after each slice, and may stop it.
 */
public interface ExperimentRunner {
    /** Runs {@code experiment} until it is done or cancelled, calling {@code afterSlice} after each slice of work. */
    void run(RecallExperiment experiment, Runnable afterSlice);

    /** Stops running: no more slices, no more calls. */
    void stop();
}
