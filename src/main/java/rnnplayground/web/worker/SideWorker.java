package rnnplayground.web.worker;

import rnnplayground.core.Packed;

/**
 * The page's side of a worker of its own for one kind of job beside the training ({@link SlicedJob}):
 * made when first asked, one job at a time, each a generation, so that the states of a job stopped or
 * replaced are dropped. Where the browser refuses a worker, or the worker fails (an error, no "ready"
 * within {@link #START_MS}, or silence for {@link #SILENT_MS} while a job is under way: killed or hung),
 * it says so once ({@code refusedFromHere}), for the job under way to go on in the page, and is not
 * asked again.
 */
final class SideWorker {
    /** Hears each state of the job under way, read in, and whether work is left after it. */
    interface States {
        void read(Packed state, boolean busy);
    }

    /** A worker that has not said it is ready by then did not start. */
    static final double START_MS = 15_000;
    /** A job's states come at least a few times a second: a worker silent this long while busy has failed. */
    static final double SILENT_MS = 5_000;

    private final String job;
    private final States states;
    private final Runnable refusedFromHere;
    private WorkerHandle worker;
    private boolean ready;
    private boolean refused;
    private boolean running;
    private int generation;
    private final Watchdog watchdog = new Watchdog();
    /** A job asked for before the worker was ready. */
    private Packed asked;

    SideWorker(String job, States states, Runnable refusedFromHere) {
        this.job = job;
        this.states = states;
        this.refusedFromHere = refusedFromHere;
    }

    /** Whether jobs go on in the page: the browser refused a worker, or it failed. */
    boolean refused() {
        return refused;
    }

    /** Starts the job {@code request} asks for, in place of any under way. */
    void start(Packed request) {
        stop();
        running = true;
        asked = request;
        if (worker == null) {
            make();
        } else if (ready) {
            send();
            watch();
        }
    }

    /** No more states of the job under way. */
    void stop() {
        if (running && worker != null && ready) {
            generation++;
            worker.postMessage(WorkerMessage.of(SlicedJob.stop(job), generation), new JsList<>());
        }
        running = false;
        asked = null;
    }

    private void send() {
        watchdog.heard();
        generation++;
        WorkerMessage message = WorkerMessage.of(job, generation);
        worker.postMessage(message, PackedMessage.write(asked, message));
        asked = null;
    }

    private void make() {
        worker = WorkerHandle.rnnPlaygroundWorker();
        if (worker == null) {
            refuse();
            return;
        }
        watchdog.heard();
        worker.setOnMessage(event -> receive((WorkerMessage) event.getData()));
        worker.setOnError(event -> {
            event.preventDefault();
            refuse();
        });
        watch();
    }

    /** Watches the worker while it starts or a job is under way. */
    private void watch() {
        watchdog.watch(SILENT_MS / 5, () -> {
            if (worker == null || ready && !running) {
                return false;
            }
            if (watchdog.silence() > (ready ? SILENT_MS : START_MS)) {
                refuse();
                return false;
            }
            return true;
        });
    }

    private void receive(WorkerMessage message) {
        watchdog.heard();
        String type = message.getType();
        if ("ready".equals(type)) {
            ready = true;
            if (asked != null) {
                send();
            }
        } else if ("failed".equals(type)) {
            refuse();
        } else if (SlicedJob.state(job).equals(type) && message.getGeneration() == generation && running) {
            running = message.getBusy();
            states.read(PackedMessage.read(message), running);
        }
    }

    private void refuse() {
        if (worker != null) {
            worker.terminate();
        }
        watchdog.stop();
        worker = null;
        ready = false;
        refused = true;
        generation++;
        boolean wasRunning = running;
        running = false;
        asked = null;
        if (wasRunning) {
            refusedFromHere.run();
        }
    }
}
