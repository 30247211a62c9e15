package rnnplayground.web.worker;

import org.teavm.jso.JSObject;
import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.RecallExperiment;
import rnnplayground.core.Packed;

/**
 * The worker's side of a recall experiment: runs it in slices and posts, after each, the work done
 * and the points newly measured ("experiment-state"), until it is done or the page stops it
 * ("experiment-stop").
 */
final class ExperimentWorker {
    static final String PREFIX = "experiment";
    static final String START = PREFIX;
    static final String STOP = PREFIX + "-stop";
    static final String STATE = PREFIX + "-state";
    /** A slice of work between two states posted: the page shows each, so a few a second are enough. */
    static final double SLICE_MS = 50;

    private final WorkerScope self;
    private final Slices slices = new Slices(this::slice);
    private RecallExperiment experiment;
    private int generation;
    private int sent;

    ExperimentWorker(WorkerScope self) {
        this.self = self;
    }

    void receive(WorkerMessage message) {
        generation = message.getGeneration();
        experiment = null;
        slices.cancel();
        if (START.equals(message.getType())) {
            try {
                experiment = new RecallExperiment(ExperimentSettings.parse(message.getHash()));
                sent = 0;
                slices.next(0);
            } catch (Throwable error) {
                self.postMessage(WorkerMessage.failure(generation, error), new JsList<>());
            }
        }
    }

    private void slice() {
        if (experiment == null) {
            return;
        }
        try {
            experiment.run(WorkerScope::now, SLICE_MS);
            Packed packed = new Packed();
            experiment.save(packed, sent);
            sent = experiment.pointsMeasured();
            WorkerMessage message = WorkerMessage.of(STATE, generation);
            message.setBusy(!experiment.done());
            JsList<JSObject> transfer = PackedMessage.write(packed, message);
            self.postMessage(message, transfer);
            if (experiment.done()) {
                experiment = null;
            } else {
                slices.next(0);
            }
        } catch (Throwable error) {
            experiment = null;
            self.postMessage(WorkerMessage.failure(generation, error), new JsList<>());
        }
    }
}
