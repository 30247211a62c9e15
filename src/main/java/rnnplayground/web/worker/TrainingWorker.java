package rnnplayground.web.worker;

import org.teavm.jso.JSObject;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Lanes;
import rnnplayground.app.PageState;
import rnnplayground.core.Packed;

/**
 * The worker's side: trains the lanes the page leases to it, in slices, and posts the training it has
 * reached after each (at most one a frame), until training stops wanting steps or the page takes it
 * back. A link's steps are caught up with as fast as they go; after that, {@code fast} or a few steps
 * a frame, so that the loss can be watched. Nothing here depends on the page being drawn: a frame
 * out of view or a tab in the background trains as fast.
 */
public final class TrainingWorker {
    static final String READ = "read";
    /** Steps per frame when training is to be watched: the page's pace before there was a worker. */
    static final int WATCHED_PACE = 2;
    static final double FRAME_MS = 1000 / 60.0;
    /**
     * A slice while catching up with a link (its state is only held by the page, not shown, until done)
     * or at full pace: the fewer the slices and the states posted, the more of the worker's time goes
     * to steps; at full pace the page still shows about ten states a second.
     */
    static final double LONG_SLICE_MS = 100;
    /** While steps are held (an edit being typed), how long to wait before trying again. */
    static final double HELD_WAIT_MS = 50;
    /** While waiting, the worker says it is alive this often, so that the page can tell a dead one. */
    static final double ALIVE_EVERY_MS = 500;

    private final WorkerScope self;
    private final Slices slices = new Slices(this::slice);
    private int generation = -1;
    private Lanes lanes;
    private String sequence;
    private boolean fast;
    /** Each lane's log steps the page has (or will have once it reads the last state posted). */
    private int[] sent;
    private double postedAt;
    /** A state posted and not yet read in by the page: the next waits, and carries every step since. */
    private boolean unread;

    TrainingWorker(WorkerScope self) {
        this.self = self;
    }

    /** A lease of the page's training, "read" (the page read the last state in), or "stop": it takes the training back. */
    void receive(WorkerMessage message) {
        if (READ.equals(message.getType())) {
            unread = unread && message.getGeneration() != generation;
            return;
        }
        try {
            generation = message.getGeneration();
            lanes = null;
            slices.cancel();
            if ("lease".equals(message.getType())) {
                PageState state = HashCodec.decode(message.getHash()).state;
                lanes = Lanes.unseen(state);
                lanes.load(PackedMessage.read(message), WorkerScope.now());
                sequence = state.sequence;
                unread = false;
                fast = message.getFast();
                sent = new int[lanes.count()];
                for (int k = 0; k < sent.length; k++) {
                    sent[k] = lanes.training(k).log().steps();
                }
                slices.next(0);
            }
        } catch (Throwable error) {
            fail(error);
        }
    }

    private void slice() {
        if (lanes == null) {
            return;
        }
        try {
            double start = WorkerScope.now();
            boolean catchingUp = lanes.first().catchingUp();
            double budget = catchingUp || fast ? LONG_SLICE_MS : FRAME_MS / 2;
            int taken = lanes.run(sequence, WorkerScope::now, budget / lanes.count(),
                    catchingUp || fast ? Integer.MAX_VALUE : WATCHED_PACE);
            boolean busy = lanes.busy();
            if (taken > 0 && !unread || !busy) {
                post(busy);
            } else if (start - postedAt >= ALIVE_EVERY_MS) {
                postedAt = start;
                self.postMessage(WorkerMessage.of("alive", generation), new JsList<>());
            }
            if (!busy) {
                lanes = null;
            } else if (taken == 0) {
                slices.next(HELD_WAIT_MS);
            } else if (lanes.first().catchingUp() || fast) {
                slices.next(0);
            } else {
                slices.next(start + FRAME_MS - WorkerScope.now());
            }
        } catch (Throwable error) {
            lanes = null;
            fail(error);
        }
    }

    /**
     * The training reached, with only the log steps the page has not had, packed apart: the page reads
     * them in at once, even while it holds the rest (a link being caught up with), so that no state
     * carries the whole log again.
     */
    private void post(boolean busy) {
        Packed packed = Packed.holding(); // posted at once, before the next step changes what it holds
        Packed logs = Packed.holding();
        lanes.save(packed, logs, WorkerScope.now(), sent);
        for (int k = 0; k < sent.length; k++) {
            sent[k] = lanes.training(k).log().steps();
        }
        WorkerMessage message = WorkerMessage.of("state", generation);
        message.setSteps(lanes.stepsTaken());
        message.setBusy(busy);
        message.setCatchingUp(lanes.first().catchingUp());
        JsList<JSObject> transfer = PackedMessage.write(packed, message);
        WorkerMessage logPart = new WorkerMessage();
        JsList<JSObject> logBuffers = PackedMessage.write(logs, logPart);
        for (int k = 0; k < logBuffers.getLength(); k++) {
            transfer.push(logBuffers.get(k));
        }
        message.setLogs(logPart);
        postedAt = WorkerScope.now();
        unread = true;
        self.postMessage(message, transfer);
    }

    private void fail(Throwable error) {
        self.postMessage(WorkerMessage.failure(generation, error), new JsList<>());
    }
}
