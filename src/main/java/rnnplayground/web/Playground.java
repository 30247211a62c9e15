package rnnplayground.web;

import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.app.Replay;
import rnnplayground.core.Trajectory;

/** Wires the widget: the sequence box, Replay, ↻ weights, the heatmap and the numbers table. */
final class Playground {
    private final HeatmapView heatmap;
    private final NumbersTable numbers;
    private final HTMLElement seedLabel;
    private final Replay replay = new Replay(Replay.DEFAULT_STEPS_PER_SECOND);
    private final boolean reducedMotion = Browser.mediaMatches("(prefers-reduced-motion: reduce)");
    private PageState state;
    private final Model model;
    private double replayStart;
    private int shown;
    private int frame;
    private boolean playing;
    private int laidOutWidth;

    Playground(HTMLDocument document) {
        HashCodec.Decoded decoded = HashCodec.decode(Browser.hash());
        state = decoded.state;
        model = new Model(state);
        heatmap = new HeatmapView(document);
        numbers = new NumbersTable(document);
        seedLabel = document.getElementById("seed");
        HTMLElement message = document.getElementById("sequence-message");
        new SequenceField((HTMLInputElement) document.getElementById("sequence"), message, state.sequence,
                this::sequenceChanged);
        message.setTextContent(decoded.problem);
        document.getElementById("replay").addEventListener("click", event -> startReplay());
        document.getElementById("reweight").addEventListener("click", event -> reweight());
        Window.current().addEventListener("resize", event -> relayoutIfResized());
        showState();
        layout(model.trajectory().steps());
        Browser.mark("first-heatmap");
    }

    private void sequenceChanged(String sequence) {
        stopReplay();
        state = state.withSequence(sequence);
        model.apply(state);
        showState();
        layout(model.trajectory().steps());
    }

    private void reweight() {
        state = state.withSeed(Browser.randomSeed());
        model.apply(state);
        showState();
        startReplay();
    }

    private void showState() {
        seedLabel.setTextContent("seed " + Integer.toUnsignedString(state.seed));
        Browser.replaceHash(HashCodec.encode(state));
    }

    private void layout(int columns) {
        shown = columns;
        laidOutWidth = Window.current().getInnerWidth();
        heatmap.layout(model.trajectory(), columns);
        numbers.layout(model.trajectory(), columns);
    }

    private void relayoutIfResized() {
        if (Window.current().getInnerWidth() != laidOutWidth) {
            heatmap.layout(model.trajectory(), shown);
            laidOutWidth = Window.current().getInnerWidth();
            if (playing) {
                heatmap.mark(model.trajectory(), shown - 1);
            }
        }
    }

    private void startReplay() {
        stopReplay();
        Trajectory trajectory = model.trajectory();
        if (reducedMotion || trajectory.steps() == 0) {
            layout(trajectory.steps());
            return;
        }
        layout(0);
        playing = true;
        replayStart = Performance.now();
        frame = Window.requestAnimationFrame(time -> advance());
    }

    private void advance() {
        Trajectory trajectory = model.trajectory();
        double elapsed = Performance.now() - replayStart;
        int next = replay.shownAt(elapsed, trajectory.steps());
        if (next > shown) {
            heatmap.drawColumns(trajectory, shown, next);
            numbers.fill(trajectory, shown, next);
            shown = next;
            heatmap.mark(trajectory, next - 1);
        }
        if (replay.isFinished(elapsed, trajectory.steps())) {
            stopReplay();
            return;
        }
        frame = Window.requestAnimationFrame(time -> advance());
    }

    private void stopReplay() {
        if (playing) {
            Window.cancelAnimationFrame(frame);
            playing = false;
            heatmap.mark(model.trajectory(), -1);
        }
    }
}
