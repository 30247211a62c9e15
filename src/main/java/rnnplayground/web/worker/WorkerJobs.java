package rnnplayground.web.worker;

/**
 * A worker's side (started by {@code main(["worker"])}): says "ready", then hands each message to its
 * job: the training the page leases, a recall experiment or a fixed-point search.
 */
public final class WorkerJobs {
    private WorkerJobs() {
    }

    public static void start() {
        WorkerScope self = WorkerScope.current();
        TrainingWorker training = new TrainingWorker(self);
        SlicedJob[] jobs = {new ExperimentWorker(self), new FixedPointWorker(self)};
        self.setOnMessage(event -> {
            WorkerMessage message = (WorkerMessage) event.getData();
            for (SlicedJob job : jobs) {
                if (job.reads(message)) {
                    job.receive(message);
                    return;
                }
            }
            training.receive(message);
        });
        self.postMessage(WorkerMessage.of("ready", -1), new JsList<>());
    }
}
