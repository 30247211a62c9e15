package rnnplayground.web.worker;

import org.teavm.jso.JSObject;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Lanes;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Packed;
import rnnplayground.web.dom.Page;

/**
 * The page's side of its training worker. While training wants steps, the page leases its lanes to the
 * worker (the page state's link and the training as it stands) and reads in each state the worker
 * posts back; whatever else changes the lanes (an edit, Pause, new settings) takes them back, and a new
 * lease starts from the page's copy, so that both sides never train at once and a link still holds
 * every step taken, in order. A worker the browser refuses leaves training on the page
 * ({@link #refusal}); one that fails or stops answering mid-run leaves the last state read in and a
 * {@link #failure}, until {@link #resume}.
 */
public final class WorkerLease {
    /** A worker silent this long while it holds a lease has died. */
    static final double SILENT_MS = 3000;
    /** A worker not started this long after it was made will not start (its code is fetched and compiled meanwhile). */
    static final double START_MS = 15000;

    private final WidgetState widget;
    private final Runnable changed;
    private WorkerHandle worker;
    private boolean ready;
    private String refusal = "";
    private String failure = "";
    private int generation;
    private boolean leased;
    private int leasedVersion;
    private boolean leasedFast;
    private boolean fast;
    private final Watchdog watchdog = new Watchdog();
    private final Slices follow = new Slices(this::followReadIn);
    /** The last state read in: its generation, and how long reading it in took. */
    private int readGeneration;
    private double readInMs;

    /** Leases {@code widget}'s lanes; {@code changed} runs when the worker is refused or fails. */
    public WorkerLease(WidgetState widget, Runnable changed) {
        this.widget = widget;
        this.changed = changed;
    }

    /** Why training runs on the page (the browser refused a worker, or it failed to start), or "". */
    public String refusal() {
        return refusal;
    }

    /** What went wrong with the worker mid-run, or "": training waits for {@link #resume}. */
    public String failure() {
        return failure;
    }

    /** Leases the lanes while training wants steps, at {@code fast} pace or one to watch; takes them back after. */
    public void follow(boolean fastPace) {
        fast = fastPace;
        if (!refusal.isEmpty() || !failure.isEmpty()) {
            return;
        }
        if (!widget.training()) {
            if (leased) {
                leased = false;
                generation++;
                worker.postMessage(WorkerMessage.of("stop", generation), new JsList<>());
            }
            return;
        }
        if (!leased || leasedVersion != widget.lanes().version() || leasedFast != fast) {
            lease();
        }
    }

    /** A new worker after a failure, leased the training as the page last read it in. */
    public void resume() {
        failure = "";
        follow(fast);
    }

    private void lease() {
        if (worker == null && !start()) {
            return;
        }
        leased = true;
        if (!ready) {
            return; // leased once the worker says it is ready
        }
        generation++;
        Lanes lanes = widget.lanes();
        leasedVersion = lanes.version();
        leasedFast = fast;
        Packed packed = new Packed();
        lanes.save(packed, Page.now(), new int[lanes.count()]);
        WorkerMessage message = WorkerMessage.of("lease", generation);
        message.setHash(HashCodec.encode(widget.page()));
        message.setFast(fast);
        JsList<JSObject> transfer = PackedMessage.write(packed, message);
        watchdog.heard();
        worker.postMessage(message, transfer);
    }

    private boolean start() {
        worker = WorkerHandle.rnnPlaygroundWorker();
        if (worker == null) {
            String why = WorkerHandle.refused();
            refuse(why != null ? why : "the browser refused a worker");
            return false;
        }
        ready = false;
        watchdog.heard();
        worker.setOnMessage(event -> receive((WorkerMessage) event.getData()));
        worker.setOnError(event -> {
            event.preventDefault();
            if (ready) {
                fail("the training worker failed");
            } else {
                refuse("the training worker could not start");
            }
        });
        watch();
        return true;
    }

    private void receive(WorkerMessage message) {
        watchdog.heard();
        String type = message.getType();
        if ("ready".equals(type)) {
            ready = true;
            if (leased) {
                lease();
            }
            return;
        }
        if ("failed".equals(type)) {
            if (ready) {
                fail("the training worker failed: " + message.getMessage());
            } else {
                refuse("the training worker could not start: " + message.getMessage());
            }
            return;
        }
        if (!"state".equals(type) || message.getGeneration() != generation) {
            return; // "alive", or a state of a lease taken back
        }
        if (!message.getBusy()) {
            leased = false;
        }
        double start = Page.now();
        Packed logs = PackedMessage.read(message.getLogs());
        if (message.getCatchingUp() && message.getBusy()) {
            widget.parkTraining(() -> PackedMessage.read(message), logs, message.getSteps());
        } else {
            widget.adoptTraining(PackedMessage.read(message), logs);
        }
        if (message.getBusy()) {
            readInMs = Page.now() - start;
            readGeneration = message.getGeneration();
            follow.next(0);
        }
    }

    /** What follows a state read in, in a task of its own; then the next state, once the page has had as long again to itself. */
    private void followReadIn() {
        double start = Page.now();
        widget.followAdopted();
        int read = readGeneration;
        // the page never falls behind the worker
        WorkerScope.setTimeout(() -> {
            if (worker != null && read == generation) {
                worker.postMessage(WorkerMessage.of(TrainingWorker.READ, read), new JsList<>());
            }
        }, readInMs + Page.now() - start);
    }

    /** A leased worker that falls silent (killed, or hung) has failed; one that never says it is ready did not start. */
    private void watch() {
        watchdog.watch(SILENT_MS / 3, () -> {
            if (worker == null) {
                return false;
            }
            if (leased && ready && watchdog.silence() > SILENT_MS) {
                fail("the training worker stopped answering");
                return false;
            }
            if (!ready && watchdog.silence() > START_MS) {
                refuse("the training worker did not start");
                return false;
            }
            return true;
        });
    }

    private void fail(String why) {
        drop();
        failure = why;
        changed.run();
    }

    private void refuse(String why) {
        drop();
        refusal = why;
        changed.run();
    }

    private void drop() {
        if (worker != null) {
            worker.terminate();
        }
        watchdog.stop();
        worker = null;
        ready = false;
        leased = false;
        generation++;
    }
}
