package rnnplayground.web;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Model;
import rnnplayground.app.Training;
import rnnplayground.app.TrainingSettings;
import rnnplayground.app.TrainingText;

/**
 * Train (a pressed toggle while it trains), Reset training, the learning rate, the status line and
 * the loss chart. Training runs in slices of a few milliseconds, one an animation frame, so that the
 * page answers while it learns; after a slice that took steps the widget redraws, once.
 */
final class TrainingControls {
    /** The time a frame gives to training steps; the rest of the frame is the page's. */
    private static final double SLICE_MS = 8;
    /** Steps a frame takes at most (a link's are taken as fast as the slice allows): about 120 a second, to be watched. */
    private static final int PACE = 2;
    /** While training, the announcement is renewed at most this often. */
    private static final double ANNOUNCE_MS = 15000;

    /** What the controls ask of the widget. */
    interface Host {
        /** Steps were taken: the weights changed. */
        void trained();

        /** Reset training was pressed. */
        void resetTraining();

        /** The training paused, stopped or caught up with a link: a good time to write the link. */
        void settled();
    }

    private final Training training;
    private final Model model;
    private final Supplier<String> sequence;
    private final Host host;
    private final HTMLElement train;
    private final HTMLElement trainLabel;
    private final HTMLElement trainMore;
    private final HTMLSelectElement learningRate;
    private final HTMLElement status;
    private final HTMLElement announcement;
    private final LossChart chart;
    private int frame = -1;
    private boolean wasBusy;
    private boolean wasCatchingUp;
    private double announced;

    TrainingControls(HTMLDocument document, Training training, Model model, Supplier<String> sequence, int rate,
            Host host, IntConsumer onLearningRate) {
        this.training = training;
        this.model = model;
        this.sequence = sequence;
        this.host = host;
        train = document.getElementById("train");
        trainLabel = document.getElementById("train-label");
        trainMore = document.getElementById("train-more");
        learningRate = (HTMLSelectElement) document.getElementById("learning-rate");
        status = document.getElementById("training-status");
        announcement = document.getElementById("training-announcement");
        chart = new LossChart((HTMLCanvasElement) document.getElementById("loss-chart"));
        for (int k = 0; k < TrainingSettings.LEARNING_RATE_TEXTS.length; k++) {
            SelectOptions.add(document, learningRate, String.valueOf(k), TrainingSettings.LEARNING_RATE_TEXTS[k]);
        }
        learningRate.setValue(String.valueOf(rate));
        learningRate.addEventListener("change", event -> onLearningRate.accept(Integer.parseInt(learningRate.getValue())));
        train.addEventListener("click", event -> toggle());
        document.getElementById("reset-training").addEventListener("click", event -> {
            host.resetTraining();
            announce("Training reset: the weights are the seed’s random ones again.");
        });
        chart.layout();
    }

    private void toggle() {
        if (training.running()) {
            training.pause();
        } else {
            training.start();
            announce("Training.");
        }
        update();
    }

    /** Shows the training as it stands, and runs it while it is wanted. */
    void update() {
        boolean running = training.running();
        train.setAttribute("aria-pressed", String.valueOf(running));
        trainLabel.setTextContent(running ? "Pause" : "Train");
        trainMore.setTextContent(running ? " training" : "");
        status.setTextContent(TrainingText.status(training, model.loss(), model.trajectory().steps()));
        chart.draw(training.log());
        boolean busy = training.busy();
        if (busy && frame < 0) {
            frame = Window.requestAnimationFrame(time -> step());
        }
        if (wasBusy && !busy) {
            String reason = training.stopReason();
            String progress = TrainingText.progress(training, model.loss()) + ".";
            announce(!reason.isEmpty() ? reason : wasCatchingUp ? "The link’s training is done. " + progress
                    : "Training paused. " + progress);
            host.settled();
        }
        wasBusy = busy;
        wasCatchingUp = training.catchingUp();
    }

    void layout() {
        chart.layout();
        chart.draw(training.log());
    }

    void selectLearningRate(int rate) {
        learningRate.setValue(String.valueOf(rate));
    }

    private void step() {
        frame = -1;
        if (training.run(sequence.get(), Performance::now, SLICE_MS, PACE) > 0) {
            host.trained();
            if (training.running() && Performance.now() - announced > ANNOUNCE_MS) {
                announce(TrainingText.progress(training, model.loss()) + ".");
            }
        }
        update();
    }

    private void announce(String text) {
        announced = Performance.now();
        announcement.setTextContent(text);
    }
}
