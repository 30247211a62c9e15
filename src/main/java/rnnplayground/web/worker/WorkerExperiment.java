package rnnplayground.web.worker;

import rnnplayground.app.ExperimentRunner;
import rnnplayground.app.RecallExperiment;
import rnnplayground.core.Packed;

/**
 * A recall experiment run in a worker of its own (beside the training's), the page's copy reading in
 * each state it posts; where the browser refuses a worker, or the worker fails, the experiment goes on
 * in the page's frames ({@code onThePage}) from the last point measured.
 */
public final class WorkerExperiment implements ExperimentRunner {
    private final ExperimentRunner onThePage;
    private final SideWorker worker = new SideWorker(ExperimentWorker.NAME, this::read, this::onThePageFromHere);
    private RecallExperiment experiment;
    private Runnable afterSlice;

    public WorkerExperiment(ExperimentRunner onThePage) {
        this.onThePage = onThePage;
    }

    @Override
    public void run(RecallExperiment next, Runnable after) {
        stop();
        experiment = next;
        afterSlice = after;
        if (worker.refused()) {
            onThePage.run(next, after);
        } else {
            Packed asked = new Packed();
            asked.putText(next.settings().text());
            worker.start(asked);
        }
    }

    @Override
    public void stop() {
        onThePage.stop();
        worker.stop();
        experiment = null;
        afterSlice = null;
    }

    private void read(Packed state, boolean busy) {
        experiment.load(state);
        Runnable after = afterSlice;
        if (experiment.done()) {
            experiment = null;
            afterSlice = null;
        }
        after.run();
    }

    /** No worker from now on: the experiment under way goes on in the page, from its last point measured. */
    private void onThePageFromHere() {
        experiment.restartPoint();
        onThePage.run(experiment, afterSlice);
    }
}
