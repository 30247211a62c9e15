package rnnplayground.web.worker;

import rnnplayground.app.ExperimentRunner;
import rnnplayground.app.RecallExperiment;

/**
 * A recall experiment run in a worker of its own (beside the training's), the page's copy reading in
 * each state it posts; where the browser refuses a worker, or the worker fails, the experiment goes on
 * in the page's frames ({@code onThePage}) from the last point measured.
 */
public final class WorkerExperiment implements ExperimentRunner {
    private final ExperimentRunner onThePage;
    private WorkerHandle worker;
    private boolean ready;
    private boolean refused;
    private int generation;
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
        if (refused) {
            onThePage.run(next, after);
        } else if (worker == null) {
            start();
        } else if (ready) {
            send();
        }
    }

    @Override
    public void stop() {
        onThePage.stop();
        if (experiment != null && worker != null && ready) {
            generation++;
            worker.postMessage(WorkerMessage.of(ExperimentWorker.STOP, generation), new JsList<>());
        }
        experiment = null;
        afterSlice = null;
    }

    private void send() {
        generation++;
        WorkerMessage message = WorkerMessage.of(ExperimentWorker.START, generation);
        message.setHash(experiment.settings().text());
        worker.postMessage(message, new JsList<>());
    }

    private void start() {
        worker = WorkerHandle.rnnPlaygroundWorker();
        if (worker == null) {
            onThePageFromHere();
            return;
        }
        worker.setOnMessage(event -> receive((WorkerMessage) event.getData()));
        worker.setOnError(event -> {
            event.preventDefault();
            onThePageFromHere();
        });
    }

    private void receive(WorkerMessage message) {
        String type = message.getType();
        if ("ready".equals(type)) {
            ready = true;
            if (experiment != null) {
                send();
            }
        } else if ("failed".equals(type)) {
            onThePageFromHere();
        } else if (ExperimentWorker.STATE.equals(type) && message.getGeneration() == generation && experiment != null) {
            experiment.load(PackedMessage.read(message));
            Runnable after = afterSlice;
            if (experiment.done()) {
                experiment = null;
                afterSlice = null;
            }
            after.run();
        }
    }

    /** No worker from now on: the experiment under way goes on in the page, from its last point measured. */
    private void onThePageFromHere() {
        if (worker != null) {
            worker.terminate();
        }
        worker = null;
        ready = false;
        refused = true;
        generation++;
        if (experiment != null) {
            experiment.restartPoint();
            onThePage.run(experiment, afterSlice);
        }
    }
}
