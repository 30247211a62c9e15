package rnnplayground.app.space;

/**
 * Searches a state space's fixed points where the page stays responsive: in a worker
 * (web/worker/WorkerFixedPoints, the page's search reading in what it found), or a few milliseconds an
 * animation frame (web/figures/FrameSearch). The view hands over a space, hears after each slice, and
 * may stop it.
 */
public interface FixedPointRunner {
    /** Searches until {@code space}'s search is done or stopped, calling {@code afterSlice} after each slice. */
    void run(StateSpace space, Runnable afterSlice);

    /** Stops searching: no more slices, no more calls. */
    void stop();
}
