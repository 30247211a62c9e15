package rnnplayground.web.experiment;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.Change;
import rnnplayground.app.ExperimentRunner;
import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.ExperimentText;
import rnnplayground.app.NumberText;
import rnnplayground.app.RecallExperiment;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Page;
import rnnplayground.web.figures.RecallChartView;
import rnnplayground.web.worker.WorkerExperiment;

/**
 * "How far back can each cell remember?": the button that runs the recall experiment on every cell
 * with the settings in the box (the link holds them), its progress (cell and gap, a bar, the time
 * left), Cancel, the chart, a sentence per cell, and where the gradient dies. A link that holds an
 * experiment opens the group and recomputes it, to the same bits. The work runs behind an
 * {@link ExperimentRunner}, so that a worker can take it over.
 */
public final class ExperimentView implements WidgetState.View {
    private final WidgetState widget;
    private final ExperimentRunner runner = new WorkerExperiment(new FrameRunner());
    private final HTMLElement group;
    private final HTMLElement run;
    private final HTMLElement cancel;
    private final HTMLInputElement settings;
    private final HTMLElement message;
    private final HTMLElement progressBox;
    private final HTMLElement progress;
    private final HTMLElement status;
    private final HTMLElement announcement;
    private final RecallChartView chart;
    private final RecallInfluenceView influence;
    private RecallExperiment experiment;
    private boolean fromLink;
    private boolean shownBefore;
    private double startedAt;
    private int pointsShown;

    public ExperimentView(HTMLDocument document, WidgetState widget) {
        this.widget = widget;
        group = document.getElementById("group-memory");
        run = document.getElementById("experiment-run");
        cancel = document.getElementById("experiment-cancel");
        settings = (HTMLInputElement) document.getElementById("experiment-settings");
        message = document.getElementById("experiment-message");
        progressBox = document.getElementById("experiment-progress-box");
        progress = document.getElementById("experiment-progress");
        status = document.getElementById("experiment-status");
        announcement = document.getElementById("experiment-announcement");
        chart = new RecallChartView(document, document.getElementById("experiment-chart"),
                document.getElementById("experiment-sentences"));
        influence = new RecallInfluenceView(document);
        String linked = widget.page().experiment;
        settings.setValue(linked.isEmpty() ? ExperimentSettings.DEFAULT.text() : linked);
        document.getElementById("experiment-longer").setTextContent(ExperimentText.longer(ExperimentSettings.DEFAULT));
        settings.addEventListener("input", event -> valid());
        run.addEventListener("click", event -> {
            if (experiment != null && !experiment.done()) {
                return; // running: aria-disabled
            }
            ExperimentSettings chosen = valid();
            if (chosen != null) {
                widget.runExperiment(chosen);
            }
        });
        cancel.addEventListener("click", event -> widget.cancelExperiment());
        group.addEventListener("toggle", event -> chart.layout());
    }

    @Override
    public void show(WidgetState widget, Change change) {
        boolean first = !shownBefore;
        shownBefore = true;
        if (change.has(Change.EXPERIMENT)) {
            String text = widget.page().experiment;
            if (!text.isEmpty()) {
                start(ExperimentSettings.parse(text), first);
            } else if (experiment != null && !experiment.done()) {
                experiment.cancel();
                runner.stop();
                afterSlice();
            }
        }
        if (change.has(Change.LAYOUT)) {
            chart.layout();
        }
    }

    /** The settings in the box, or null (and the message why) when they are refused. */
    private ExperimentSettings valid() {
        String text = settings.getValue().trim();
        ExperimentSettings parsed = ExperimentSettings.parse(text);
        if (parsed == null) {
            settings.setAttribute("aria-invalid", "true");
            message.setTextContent(ExperimentSettings.refusal(text));
        } else {
            settings.removeAttribute("aria-invalid");
            message.setTextContent("");
        }
        return parsed;
    }

    private void start(ExperimentSettings chosen, boolean linked) {
        runner.stop();
        fromLink = linked;
        if (linked) {
            group.setAttribute("open", "");
        }
        settings.setValue(chosen.text());
        experiment = new RecallExperiment(chosen);
        startedAt = Page.now();
        pointsShown = -1;
        influence.start(experiment);
        announce((linked ? "Recomputing the link’s experiment: " : "Running the experiment: ")
                + experiment.result().cellCount() + " cells × " + chosen.gapCount() + " gaps.");
        runner.run(experiment, this::afterSlice);
        afterSlice();
    }

    /** The progress, and the chart and the influence once a point more is measured. */
    private void afterSlice() {
        boolean running = !experiment.done();
        run.setAttribute("aria-disabled", String.valueOf(running));
        run.setClassName(running ? "primary busy" : "primary");
        cancel.setHidden(!running);
        progressBox.setHidden(false);
        progress.setAttribute("value", NumberText.plain(experiment.progress(), 4));
        String text = ExperimentText.status(experiment, Page.now() - startedAt);
        status.setTextContent(fromLink ? (running ? "Recomputing the link’s experiment, as it was run: "
                : "Recomputed from the link. ") + text : text);
        group.setAttribute("data-experiment", experiment.cancelled() ? "cancelled" : running ? "running" : "done");
        int points = measured();
        if (points != pointsShown) {
            pointsShown = points;
            chart.draw(experiment.result());
            influence.draw();
        }
        if (!running) {
            announce(text);
        }
    }

    /** The points measured so far. */
    private int measured() {
        int points = 0;
        for (int c = 0; c < experiment.result().cellCount(); c++) {
            for (int g = 0; g < experiment.result().gapCount(); g++) {
                points += experiment.result().has(c, g) ? 1 : 0;
            }
        }
        return points;
    }

    private void announce(String text) {
        announcement.setTextContent(text);
    }
}
