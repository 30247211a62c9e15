package rnnplayground.web.training;

import java.util.Arrays;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Change;
import rnnplayground.app.Lanes;
import rnnplayground.app.StepSettings;
import rnnplayground.app.Training;
import rnnplayground.app.TrainingLog;
import rnnplayground.app.TrainingSettings;
import rnnplayground.app.TrainingText;
import rnnplayground.app.WidgetState;
import rnnplayground.core.RecurrentCell;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Redraw;
import rnnplayground.web.dom.SelectOptions;

/**
 * Train (a pressed toggle while it trains), Reset training, the learning rate, the status line and
 * the loss chart; {@link TrainingRunner} decides where the steps are taken.
 */
public final class TrainingControls implements WidgetState.View {
    /** While training, the announcement is renewed at most this often. */
    private static final double ANNOUNCE_MS = 15000;
    /** What the status, the chart and the button show. */
    private static final int SHOWN = Change.TRAINING | Change.NETWORKS | Change.VALUES | Change.LAYOUT | Change.SETTLED;

    private final WidgetState widget;
    private final HTMLDocument document;
    private final HTMLElement playground;
    private final HTMLElement train;
    private final HTMLElement trainLabel;
    private final HTMLElement trainMore;
    private final HTMLSelectElement learningRate;
    private final HTMLInputElement clip;
    private final HTMLSelectElement clipThreshold;
    private final HTMLElement status;
    private final HTMLElement announcement;
    private final LossChart chart;
    private final Redraw chartRedraw;
    private final HTMLElement key;
    /** The cells the key was written for: it is written again only when they change, not every frame. */
    private RecurrentCell[] keyFor = new RecurrentCell[0];
    /** Whether a link's steps were being run when the views were last shown: its end is said differently. */
    private boolean wasCatchingUp;
    private double announced;

    public TrainingControls(HTMLDocument document, WidgetState widget) {
        this.widget = widget;
        this.document = document;
        playground = document.getElementById("playground");
        train = document.getElementById("train");
        trainLabel = document.getElementById("train-label");
        trainMore = document.getElementById("train-more");
        learningRate = (HTMLSelectElement) document.getElementById("learning-rate");
        status = document.getElementById("training-status");
        announcement = document.getElementById("training-announcement");
        HTMLCanvasElement canvas = (HTMLCanvasElement) document.getElementById("loss-chart");
        chart = new LossChart(canvas);
        chartRedraw = new Redraw(canvas, this::draw);
        key = document.getElementById("loss-key");
        clip = (HTMLInputElement) document.getElementById("clip");
        clipThreshold = (HTMLSelectElement) document.getElementById("clip-threshold");
        for (int k = 0; k < TrainingSettings.LEARNING_RATE_TEXTS.length; k++) {
            SelectOptions.add(document, learningRate, String.valueOf(k), TrainingSettings.LEARNING_RATE_TEXTS[k]);
        }
        for (int k = 1; k < TrainingSettings.CLIP_TEXTS.length; k++) {
            SelectOptions.add(document, clipThreshold, String.valueOf(k), TrainingSettings.CLIP_TEXTS[k]);
        }
        show(widget.page().stepSettings());
        learningRate.addEventListener("change", event -> widget.setStepSettings(chosen()));
        clip.addEventListener("change", event -> widget.setStepSettings(chosen()));
        clipThreshold.addEventListener("change", event -> widget.setStepSettings(chosen()));
        train.addEventListener("click", event -> {
            widget.toggleTraining();
            if (widget.lanes().first().running()) {
                announce("Training.");
            }
        });
        document.getElementById("reset-training").addEventListener("click", event -> {
            widget.resetTraining();
            announce("Training reset: the weights are the seed’s random ones again.");
        });
        chart.layout();
    }

    /** The settings the controls show. */
    private StepSettings chosen() {
        int threshold = Integer.parseInt(clipThreshold.getValue());
        clipThreshold.setDisabled(!clip.isChecked());
        return new StepSettings(Integer.parseInt(learningRate.getValue()), clip.isChecked() ? threshold : 0);
    }

    /** Shows {@code settings} in the controls. */
    private void show(StepSettings settings) {
        learningRate.setValue(String.valueOf(settings.learningRate));
        clip.setChecked(settings.clip > 0);
        clipThreshold.setValue(String.valueOf(settings.clip > 0 ? settings.clip : TrainingSettings.DEFAULT_CLIP));
        clipThreshold.setDisabled(settings.clip == 0);
    }

    /** Shows the training as it stands, and runs it while it is wanted. */
    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.LAYOUT)) {
            chart.layout();
        }
        if (!change.hasAny(SHOWN)) {
            return;
        }
        Lanes lanes = widget.lanes();
        Training training = lanes.first();
        boolean running = training.running();
        if (playground.getClassList().contains("training") != widget.training()) {
            playground.getClassList().toggle("training"); // the widget's CSS calms what changes every frame
        }
        train.setAttribute("aria-pressed", String.valueOf(running));
        Elements.text(trainLabel, running ? "Pause" : "Train");
        Elements.text(trainMore, running ? " training" : "");
        Elements.text(status, TrainingText.status(lanes, widget.steps(), widget.halted()));
        if (change.has(Change.FRAME) && !change.has(Change.SETTLED)) {
            chartRedraw.later(); // in a frame of its own, while in sight
        } else {
            chartRedraw.now();
        }
        if (change.has(Change.FRAME) && running && Performance.now() - announced > ANNOUNCE_MS) {
            announce(TrainingText.progress(lanes) + ".");
        }
        if (change.has(Change.SETTLED) && widget.halted().isEmpty()) { // a halted worker's failure is an alert of its own
            String reason = lanes.stopReason();
            String progress = TrainingText.progress(lanes) + ".";
            announce(!reason.isEmpty() ? reason : lanes.plateaued() ? TrainingText.status(lanes, widget.steps(), "")
                    : wasCatchingUp ? "The link’s training is done. " + progress : "Training paused. " + progress);
        }
        wasCatchingUp = training.catchingUp();
    }

    private void draw() {
        Lanes lanes = widget.lanes();
        TrainingLog[] logs = new TrainingLog[lanes.count()];
        double[] start = new double[lanes.count()];
        for (int k = 0; k < logs.length; k++) {
            logs[k] = lanes.training(k).log();
            start[k] = lanes.model(k).loss();
        }
        chart.draw(logs, start, lanes.first().catchingUp() ? lanes.first().goal() : 0);
        writeKey();
    }

    /**
     * The chart's key: each lane's loss line, by its cell's name when two are compared, the first one's
     * gradient norm, and the dashed line of a uniform guess.
     */
    private void writeKey() {
        Lanes lanes = widget.lanes();
        int count = lanes.count();
        RecurrentCell[] cells = new RecurrentCell[count];
        for (int k = 0; k < count; k++) {
            cells[k] = lanes.model(k).network().cell;
        }
        if (Arrays.equals(cells, keyFor)) {
            return;
        }
        keyFor = cells;
        String[] entries = new String[count + 2];
        for (int k = 0; k < count; k++) {
            entries[k] = count == 1 ? "loss" : "loss of the " + cells[k].displayName();
        }
        entries[count] = "‖g‖, " + (count == 1 ? "the gradient’s" : "the " + cells[0].displayName() + "’s gradient")
                + " norm before clipping, on its own scale at the right";
        entries[count + 1] = TrainingText.chanceLine() + ", a uniform guess";
        Elements.empty(key);
        for (int k = 0; k < entries.length; k++) {
            HTMLElement entry = document.createElement("span");
            entry.setClassName(k < count ? "line-" + (k + 1) : k == count ? "norm" : "chance");
            entry.setTextContent(entries[k]);
            key.appendChild(entry);
        }
    }


    private void announce(String text) {
        announced = Performance.now();
        announcement.setTextContent(text);
    }
}
