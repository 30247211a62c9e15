package rnnplayground.web.worker;

/**
 * A worker's side (started by {@code main(["worker"])}): says "ready", then hands each message to its
 * job, the training the page leases or a recall experiment.
 */
public final class WorkerJobs {
    private WorkerJobs() {
    }

    public static void start() {
        WorkerScope self = WorkerScope.current();
        TrainingWorker training = new TrainingWorker(self);
        ExperimentWorker experiment = new ExperimentWorker(self);
        self.setOnMessage(event -> {
            WorkerMessage message = (WorkerMessage) event.getData();
            if (message.getType().startsWith(ExperimentWorker.PREFIX)) {
                experiment.receive(message);
            } else {
                training.receive(message);
            }
        });
        self.postMessage(WorkerMessage.of("ready", -1), new JsList<>());
    }
}
