package rnnplayground.web.worker;

import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.RecallExperiment;
import rnnplayground.core.Packed;

/** The worker's side of a recall experiment: the work done and the points newly measured after each slice. */
final class ExperimentWorker extends SlicedJob {
    static final String NAME = "experiment";
    /** A slice of work between two states posted: the page shows each, so a few a second are enough. */
    static final double SLICE_MS = 50;

    private RecallExperiment experiment;
    private int sent;

    ExperimentWorker(WorkerScope self) {
        super(NAME, self);
    }

    @Override
    void begin(Packed asked) {
        experiment = new RecallExperiment(ExperimentSettings.parse(asked.text()));
        sent = 0;
    }

    @Override
    boolean slice(Packed out) {
        experiment.run(WorkerScope::now, SLICE_MS);
        experiment.save(out, sent);
        sent = experiment.pointsMeasured();
        return !experiment.done();
    }
}
