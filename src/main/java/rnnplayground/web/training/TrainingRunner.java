package rnnplayground.web.training;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Change;
import rnnplayground.app.Lanes;
import rnnplayground.app.NumberText;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.worker.WorkerLease;

/**
 * Where and how fast training runs: in the training worker ({@link WorkerLease}), or, where the browser
 * refuses one, on the page in slices of a few milliseconds, one an animation frame; the pace (a few
 * steps a frame, to watch the loss fall, or as fast as it goes); a link's steps caught up with, with
 * their progress, the time left and Cancel; and a worker that failed mid-run, with Resume.
 */
public final class TrainingRunner implements WidgetState.View {
    /** On the page, the time a frame gives to training steps; the rest of the frame is the page's. */
    private static final double SLICE_MS = 8;
    /** On the page, steps a frame at the watched pace: about 120 a second. */
    private static final int PACE = 2;
    private static final String FAST = "fast";
    private static final String IN_WORKER = "Training runs in a worker, a thread of its own: the page answers at once while it learns.";

    private final WidgetState widget;
    private final WorkerLease lease;
    private final HTMLSelectElement pace;
    private final HTMLElement where;
    private final HTMLElement failure;
    private final HTMLElement failureText;
    private final HTMLElement catchUp;
    private final HTMLElement catchUpBar;
    private final HTMLElement catchUpText;
    private int frame = -1;
    /** The time left is told once this many steps were timed (the first ones include the worker's start). */
    private static final int MEASURED_STEPS = 20;
    /** When the link's catching up was first seen, and its steps then. */
    private double catchUpStart = -1;
    private int catchUpFrom;

    public TrainingRunner(HTMLDocument document, WidgetState widget) {
        this.widget = widget;
        lease = new WorkerLease(widget, this::workerChanged);
        pace = (HTMLSelectElement) document.getElementById("pace");
        where = document.getElementById("training-where");
        failure = document.getElementById("worker-failure");
        failureText = document.getElementById("worker-failure-text");
        catchUp = document.getElementById("catch-up");
        catchUpBar = document.getElementById("catch-up-bar");
        catchUpText = document.getElementById("catch-up-text");
        pace.addEventListener("change", event -> run());
        document.getElementById("worker-resume").addEventListener("click", event -> {
            lease.resume();
            widget.trainingHalted("");
        });
        document.getElementById("catch-up-cancel").addEventListener("click", event -> widget.stopCatchingUp());
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.hasAny(Change.TRAINING | Change.NETWORKS | Change.SETTLED)) {
            refresh();
        }
    }

    /** The worker was refused (training goes on on the page) or failed (the status says so). */
    private void workerChanged() {
        refresh();
        widget.trainingHalted(lease.failure());
    }

    private void refresh() {
        run();
        Elements.text(where, lease.refusal().isEmpty() ? IN_WORKER
                : "Training runs on the page: " + lease.refusal() + ".");
        boolean failed = !lease.failure().isEmpty();
        Elements.show(failure, failed);
        if (failed) {
            Elements.text(failureText, "Training stopped: " + lease.failure() + ". The weights of step "
                    + NumberText.grouped(widget.lanes().stepsTaken()) + " are kept, and so is the link.");
        }
        showCatchUp(widget.lanes());
    }

    private void run() {
        boolean fast = FAST.equals(pace.getValue());
        if (lease.refusal().isEmpty()) {
            lease.follow(fast);
        } else if (widget.training() && frame < 0) {
            frame = Window.requestAnimationFrame(time -> {
                frame = -1;
                widget.trainFrame(SLICE_MS, fast ? Integer.MAX_VALUE : PACE);
            });
        }
    }

    private void showCatchUp(Lanes lanes) {
        boolean catchingUp = lanes.first().catchingUp() && lanes.stopReason().isEmpty();
        Elements.show(catchUp, catchingUp);
        if (!catchingUp) {
            catchUpStart = -1;
            return;
        }
        int done = lanes.stepsTaken();
        int goal = lanes.first().goal();
        double now = Page.now();
        if (catchUpStart < 0 || catchUpFrom == 0 || done < catchUpFrom) { // timed from the first steps seen
            catchUpStart = now;
            catchUpFrom = done;
        }
        catchUpBar.setAttribute("max", String.valueOf(goal));
        catchUpBar.setAttribute("value", String.valueOf(done));
        String text = NumberText.grouped(done) + " of " + NumberText.grouped(goal) + " steps";
        double seconds = (now - catchUpStart) / 1000;
        if (!lease.failure().isEmpty()) {
            catchUpStart = -1; // timed anew after Resume
        } else if (done - catchUpFrom >= MEASURED_STEPS && seconds > 0.5) {
            double left = (goal - done) * seconds / (done - catchUpFrom);
            text += " · about " + NumberText.duration(left * 1000) + " left";
        }
        Elements.text(catchUpText, text);
    }
}
