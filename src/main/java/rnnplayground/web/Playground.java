package rnnplayground.web;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.CellArithmetic;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.PageState;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * The widget's state and wiring: the page state and its model, which columns are shown, the cell
 * cursor, the open arithmetic, the dimension colouring the letters and the outline of the last edit.
 */
final class Playground implements CellInspector.Cells {
    private static final int CHANGED_OUTLINE_MS = 1500;

    private final HeatmapView heatmap;
    private final SequenceStrip strip;
    private final NumbersTable numbers;
    private final ArithmeticPanel panel;
    private final PlaybackControls playback;
    private final SettingsControls settings;
    private final HTMLElement seedLabel;
    private final HTMLElement cellStatus;
    private final Model model;
    private PageState state;
    private int drawn;
    private int cursorDimension;
    private int cursorStep;
    private boolean cursorShown;
    private int panelDimension = -1;
    private int panelStep = -1;
    private int dimension = -1;
    private int changedFrom = -1;
    private int changedTimer = -1;
    private int laidOutWidth;

    Playground(HTMLDocument document) {
        HashCodec.Decoded decoded = HashCodec.decode(Browser.hash());
        state = decoded.state;
        model = new Model(state);
        heatmap = new HeatmapView(document);
        strip = new SequenceStrip(document);
        numbers = new NumbersTable(document);
        panel = new ArithmeticPanel(document, this::closePanel, () -> colourBy(panelDimension));
        new CellInspector(document, heatmap, this);
        playback = new PlaybackControls(document, this::render);
        settings = new SettingsControls(document, state.hiddenSize, this::hiddenSizeChanged, this::colourBy);
        seedLabel = document.getElementById("seed");
        cellStatus = document.getElementById("cell-status");
        HTMLElement message = document.getElementById("sequence-message");
        new SequenceField((HTMLInputElement) document.getElementById("sequence"), message, state.sequence,
                decoded.problem, this::sequenceChanged);
        document.getElementById("replay").addEventListener("click", event -> playback.replay());
        document.getElementById("reweight").addEventListener("click", event -> reweight());
        new ShareControls(document, model, () -> state);
        Window.current().addEventListener("resize", event -> relayoutIfResized());
        showState();
        relayout(0);
        Browser.mark("first-heatmap");
    }

    private Trajectory trajectory() {
        return model.trajectory();
    }

    private void sequenceChanged(String sequence) {
        state = state.withSequence(sequence);
        int from = model.apply(state);
        showState();
        hidePanel();
        relayout(from);
        outlineChangesFrom(from);
    }

    private void reweight() {
        state = state.withSeed(Browser.randomSeed());
        model.apply(state);
        showState();
        hidePanel();
        relayout(0);
        playback.replay();
    }

    private void hiddenSizeChanged(int size) {
        state = state.withHiddenSize(size);
        model.apply(state);
        showState();
        hidePanel();
        if (dimension >= size) {
            dimension = -1;
        }
        cursorDimension = Math.min(cursorDimension, size - 1);
        settings.listDimensions(size, dimension);
        relayout(0);
    }

    private void colourBy(int nextDimension) {
        dimension = nextDimension;
        settings.select(dimension);
        render();
    }

    private void showState() {
        seedLabel.setTextContent("seed " + Integer.toUnsignedString(state.seed));
        Browser.replaceHash(HashCodec.encode(state));
    }

    /**
     * Lays the heatmap, the letters and the table out anew, every column shown. The values of steps
     * before {@code from} have not changed.
     */
    private void relayout(int from) {
        Trajectory trajectory = trajectory();
        playback.showAll(trajectory.steps());
        cursorStep = Math.min(cursorStep, Math.max(0, trajectory.steps() - 1));
        laidOutWidth = Window.current().getInnerWidth();
        heatmap.layout(trajectory, trajectory.steps());
        strip.layout(trajectory);
        numbers.layout(trajectory, Math.min(from, drawn)); // a replay may have emptied columns from drawn on
        drawn = trajectory.steps();
        cellStatus.setTextContent(trajectory.hiddenSize() + " rows (the dimensions of h) \u00d7 " + trajectory.steps()
                + " columns (the steps). Point at a cell, or focus the heatmap and use the arrow keys.");
        render();
    }

    private void relayoutIfResized() {
        if (Window.current().getInnerWidth() != laidOutWidth) {
            laidOutWidth = Window.current().getInnerWidth();
            heatmap.layout(trajectory(), drawn);
            render();
        }
    }

    /** Brings the canvas, the letters and the table to the playback position, and redraws the marks. */
    private void render() {
        Trajectory trajectory = trajectory();
        int position = playback.playback().position();
        if (position > drawn) {
            heatmap.drawColumns(trajectory, drawn, position);
            numbers.fill(trajectory, drawn, position);
        } else if (position < drawn) {
            heatmap.clearColumns(position, drawn);
            numbers.clear(trajectory, position, drawn);
        }
        drawn = position;
        int current = playback.playback().currentStep();
        heatmap.mark(current, cursorShown ? cursorDimension : -1, cursorShown ? cursorStep : -1,
                panel.isOpen() ? panelStep - 1 : -1, changedFrom);
        strip.paint(trajectory, position, current, changedFrom, dimension);
        if (current >= 0) {
            heatmap.reveal(current);
        }
    }

    private void outlineChangesFrom(int from) {
        if (changedTimer >= 0) {
            Window.clearTimeout(changedTimer);
        }
        changedFrom = from < trajectory().steps() ? from : -1;
        render();
        changedTimer = Window.setTimeout(() -> {
            changedTimer = -1;
            changedFrom = -1;
            render();
        }, CHANGED_OUTLINE_MS);
    }

    @Override
    public boolean isShown(int i, int t) {
        return i >= 0 && i < trajectory().hiddenSize() && t >= 0 && t < drawn;
    }

    @Override
    public String describe(int i, int t) {
        char c = Alphabet.symbolAt(trajectory().symbol(t));
        return "dimension " + i + ", step " + t + ", reads " + (c == ' ' ? "space" : "“" + c + "”") + ", value "
                + NumberText.fixed(trajectory().h(t, i), 3);
    }

    @Override
    public void open(int i, int t) {
        panelDimension = i;
        panelStep = t;
        panel.show(new CellArithmetic(model.cell(), trajectory(), i, t));
        render();
        panel.focus();
    }

    /** Closed by the person (Escape, ✕): the focus goes back to the heatmap. */
    @Override
    public void closePanel() {
        if (panel.isOpen()) {
            hidePanel();
            heatmap.focus();
        }
    }

    /** Closed because what it showed changed. */
    private void hidePanel() {
        panel.hide();
        panelStep = -1;
        render();
    }

    @Override
    public void moveCursor(int i, int t) {
        cursorShown = true;
        cursorDimension = Math.max(0, Math.min(trajectory().hiddenSize() - 1, i));
        cursorStep = Math.max(0, Math.min(drawn - 1, t));
        render();
        heatmap.reveal(cursorStep);
    }

    @Override
    public int cursorDimension() {
        return cursorDimension;
    }

    @Override
    public int cursorStep() {
        return cursorStep;
    }

    @Override
    public void togglePlay() {
        playback.toggle();
    }
}
