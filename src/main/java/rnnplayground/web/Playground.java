package rnnplayground.web;

import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.CellArithmetic;
import rnnplayground.app.ColorScale;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.OpenCell;
import rnnplayground.app.PageState;
import rnnplayground.app.PredictionArithmetic;
import rnnplayground.app.SequenceRules;
import rnnplayground.app.SymbolText;
import rnnplayground.app.Training;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * The widget's state and wiring: the page state and its model, the training, which columns are shown,
 * the open arithmetic, the dimension colouring the letters and the outline of the last edit.
 */
final class Playground implements TrainingControls.Host {
    private static final int CHANGED_OUTLINE_MS = 1500;
    /** While training, the address and the numbers table follow at most this often. */
    private static final double SLOW_FOLLOW_MS = 1000;

    private final HeatmapView heatmap;
    private final PredictionsView predictions;
    private final SequenceStrip strip;
    private final NumbersTable numbers;
    private final ArithmeticPanel panel;
    private final PlaybackControls playback;
    private final SettingsControls settings;
    private final TrainingControls trainingControls;
    private final HTMLElement seedLabel;
    private final CellInspector heatmapInspector;
    private final CellInspector predictionsInspector;
    private final WeightsView weights;
    private final DetectorControls detectors;
    private final Model model;
    private final Training training;
    private PageState state;
    private int drawn;
    /** The open arithmetic: of the heatmap or of the predictions, its row and step (-1: closed). */
    private boolean panelOfPredictions;
    private int panelRow = -1;
    private int panelStep = -1;
    private int colouringDimension = -1;
    private int changedFrom = -1;
    private int changedTimer = -1;
    private int laidOutWidth;
    private double followedAt = Double.NEGATIVE_INFINITY;

    Playground(HTMLDocument document) {
        HashCodec.Decoded decoded = HashCodec.decode(Page.hash());
        state = decoded.state;
        model = new Model(state);
        training = new Training(model, state.learningRate);
        training.follow(state.training, state.sequence);
        heatmap = new HeatmapView(document);
        predictions = new PredictionsView(document);
        strip = new SequenceStrip(document);
        numbers = new NumbersTable(document);
        panel = new ArithmeticPanel(document, this::closePanel, () -> colourBy(panelRow));
        heatmapInspector = new CellInspector(document, heatmap.grid(), new HeatmapCells());
        predictionsInspector = new CellInspector(document, predictions.grid(), new PredictionCells());
        playback = new PlaybackControls(document, this::render);
        settings = new SettingsControls(document, state.hiddenSize, this::hiddenSizeChanged, this::colourBy);
        colouringDimension = state.colour;
        settings.select(colouringDimension);
        weights = new WeightsView(document, model);
        detectors = new DetectorControls(document, this::trajectory, this::colourBy);
        trainingControls = new TrainingControls(document, training, model, () -> state.sequence, state.learningRate,
                this, this::learningRateChosen);
        seedLabel = document.getElementById("seed");
        HTMLElement message = document.getElementById("sequence-message");
        document.getElementById("sequence-help").setTextContent(SequenceRules.help());
        new SequenceField((HTMLInputElement) document.getElementById("sequence"), message, state.sequence,
                decoded.problem, this::sequenceChanged);
        document.getElementById("replay").addEventListener("click", event -> playback.replay());
        document.getElementById("reweight").addEventListener("click", event -> reweight());
        StatusLine shareStatus = new StatusLine(document.getElementById("share-status"));
        new ShareControls(document, shareStatus, () -> state);
        new EmbedControls(document, () -> state);
        new Exports(document, shareStatus, model, () -> state);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-bar"), ColorScale.STATE);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-probability"), ColorScale.PROBABILITY);
        Window.current().addEventListener("resize", event -> relayoutIfResized());
        Zoom.wire(document, this::relayoutGrids);
        showState();
        relayout(0);
        trainingControls.update();
        if (decoded.fromLink) {
            Landing.bringIntoView(document);
        }
        OpenCell linked = decoded.state.open;
        if (linked.isOpen()) {
            show(linked.ofPredictions, linked.row, linked.step);
        }
        Page.mark("first-heatmap");
    }

    private Trajectory trajectory() {
        return model.trajectory();
    }

    private void sequenceChanged(String sequence) {
        String previous = state.sequence;
        state = state.withSequence(sequence);
        int from = model.apply(state);
        training.edited(previous, Performance.now());
        followTraining();
        showState();
        hidePanel();
        relayout(from);
        outlineChangesFrom(from);
        trainingControls.update();
    }

    private void reweight() {
        state = state.withSeed(Page.randomSeed());
        model.apply(state);
        restartTraining();
        showState();
        hidePanel();
        relayout(0);
        playback.replay();
    }

    private void hiddenSizeChanged(int size) {
        state = state.withHiddenSize(size);
        model.apply(state);
        restartTraining();
        if (colouringDimension >= size) {
            colouringDimension = -1;
        }
        showState();
        hidePanel();
        settings.listDimensions(size, colouringDimension);
        relayout(0);
    }

    private void learningRateChosen(int rate) {
        training.setLearningRate(rate, state.sequence);
        state = state.with(b -> b.learningRate(rate));
        followTraining();
        showState();
        trainingControls.update();
    }

    /** New weights: training starts again from step 0. */
    private void restartTraining() {
        training.reset(model, state.learningRate);
        followTraining();
        trainingControls.update();
    }

    @Override
    public void resetTraining() {
        model.reset();
        restartTraining();
        showState();
        hidePanel();
        relayout(0);
    }

    @Override
    public void trained() {
        model.weightsChanged();
        if (Performance.now() - followedAt >= SLOW_FOLLOW_MS) {
            followedAt = Performance.now();
            followTraining();
            Page.replaceHash(HashCodec.encode(state));
        }
        heatmap.drawColumns(trajectory(), 0, drawn);
        predictions.draw(trajectory(), model.predictions(), 0, drawn);
        if (panel.isOpen()) {
            showPanel();
        }
        render();
    }

    /** The address and the numbers table catch up with the training. */
    @Override
    public void settled() {
        followTraining();
        Page.replaceHash(HashCodec.encode(state));
        numbers.fill(trajectory(), 0, drawn);
    }

    /** The state holds the training done; while a link is caught up with, the link's plan stays. */
    private void followTraining() {
        if (!training.catchingUp()) {
            state = state.with(b -> b.training(training.plan()));
        }
    }

    private void colourBy(int nextDimension) {
        colouringDimension = nextDimension;
        settings.select(colouringDimension);
        showState();
        render();
    }

    /** Shows the state, and writes it in the address with the colouring and the open arithmetic. */
    private void showState() {
        OpenCell open = panel.isOpen() && panelStep >= 0 ? new OpenCell(panelOfPredictions, panelRow, panelStep)
                : OpenCell.NONE;
        state = state.with(b -> b.colour(colouringDimension).open(open));
        seedLabel.setTextContent("seed " + Integer.toUnsignedString(state.seed));
        Page.replaceHash(HashCodec.encode(state));
    }

    /**
     * Lays every view out anew, every column shown. The values of steps before {@code from} have not
     * changed.
     */
    private void relayout(int from) {
        Trajectory trajectory = trajectory();
        playback.showAll(trajectory.steps());
        laidOutWidth = Window.current().getInnerWidth();
        heatmap.layout(trajectory, trajectory.steps());
        predictions.layout(trajectory, model.predictions(), heatmap.cellWidth(), trajectory.steps());
        strip.layout(trajectory);
        numbers.layout(trajectory, Math.min(from, drawn)); // a replay may have emptied columns from drawn on
        drawn = trajectory.steps();
        heatmapInspector.clamp();
        predictionsInspector.clamp();
        heatmapInspector.summarise(trajectory.hiddenSize(), trajectory.steps());
        render();
    }

    private void relayoutIfResized() {
        if (Window.current().getInnerWidth() != laidOutWidth) {
            relayoutGrids();
        }
    }

    /** The grids at a new width, or with bigger cells: the same values laid out again. */
    private void relayoutGrids() {
        laidOutWidth = Window.current().getInnerWidth();
        heatmap.layout(trajectory(), drawn);
        predictions.layout(trajectory(), model.predictions(), heatmap.cellWidth(), drawn);
        trainingControls.layout();
        render();
    }

    /** Brings the grids, the letters and the table to the playback position, and redraws the marks. */
    private void render() {
        Trajectory trajectory = trajectory();
        int position = playback.playback().position();
        if (position > drawn) {
            heatmap.drawColumns(trajectory, drawn, position);
            predictions.draw(trajectory, model.predictions(), drawn, position);
            numbers.fill(trajectory, drawn, position);
        } else if (position < drawn) {
            heatmap.clearColumns(position, drawn);
            predictions.clear(position, drawn);
            numbers.clear(trajectory, position, drawn);
        }
        drawn = position;
        int current = playback.playback().currentStep();
        int feeding = panel.isOpen() && !panelOfPredictions ? panelStep - 1 : -1;
        heatmap.mark(current, heatmapInspector.cursorRow(), heatmapInspector.cursorStep(), feeding, changedFrom);
        predictions.markCursor(predictionsInspector.cursorRow(), predictionsInspector.cursorStep());
        strip.paint(trajectory, position, current, changedFrom, colouringDimension);
        weights.render(panelOfPredictions, panelRow, panel.isOpen() ? panelStep : -1);
        detectors.render(trajectory, colouringDimension);
        heatmap.chooseRow(colouringDimension);
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

    private void open(boolean ofPredictions, int row, int step) {
        show(ofPredictions, row, step);
        panel.focus();
    }

    /** Opens the arithmetic of a value without moving the focus (a link's open cell). */
    private void show(boolean ofPredictions, int row, int step) {
        panelOfPredictions = ofPredictions;
        panelRow = row;
        panelStep = step;
        showPanel();
        render();
        showState();
        panel.keepInView((ofPredictions ? predictions.grid() : heatmap.grid()).cellBounds(row, step));
    }

    private void showPanel() {
        if (panelOfPredictions) {
            PredictionArithmetic a = new PredictionArithmetic(model.network().readout, trajectory(),
                    model.predictions(), panelRow, panelStep);
            panel.show(a.title, a.terms, a.note, -1);
        } else {
            CellArithmetic a = new CellArithmetic(trajectory(), panelRow, panelStep);
            panel.show(a.title, a.terms, a.note, panelRow);
        }
    }

    /** Closed by the person (Escape, ✕): the focus goes back to the grid it came from. */
    private void closePanel() {
        if (panel.isOpen()) {
            hidePanel();
            (panelOfPredictions ? predictions.grid() : heatmap.grid()).focus();
        }
    }

    /** Closed because what it showed changed. */
    private void hidePanel() {
        panel.hide();
        panelStep = -1;
        render();
        showState();
    }

    /** The hidden-state heatmap's cells, for its inspector. */
    private final class HeatmapCells implements CellInspector.Host {
        @Override
        public int rows() {
            return trajectory().hiddenSize();
        }

        @Override
        public int shownColumns() {
            return drawn;
        }

        @Override
        public String describe(int i, int t) {
            return "dimension " + i + ", step " + t + ", reads " + SymbolText.quoted(trajectory().symbol(t))
                    + ", value " + NumberText.fixed(trajectory().h(t, i), 3);
        }

        @Override
        public void open(int i, int t) {
            Playground.this.open(false, i, t);
        }

        @Override
        public void cursorMoved(int i, int t) {
            render();
            heatmap.reveal(t);
        }

        @Override
        public void togglePlay() {
            playback.toggle();
        }

        @Override
        public void closePanel() {
            Playground.this.closePanel();
        }
    }

    /** The predictions' cells, for their inspector. */
    private final class PredictionCells implements CellInspector.Host {
        @Override
        public int rows() {
            return Alphabet.SIZE;
        }

        @Override
        public int shownColumns() {
            return drawn;
        }

        @Override
        public String describe(int k, int t) {
            String next = t + 1 < trajectory().steps() ? ", truly " + SymbolText.quoted(trajectory().symbol(t + 1)) : "";
            return "after step " + t + ", " + SymbolText.quoted(k) + " next: probability "
                    + NumberText.fixed(model.predictions().probability(t, k), 3) + next;
        }

        @Override
        public void open(int k, int t) {
            Playground.this.open(true, k, t);
        }

        @Override
        public void cursorMoved(int k, int t) {
            render();
            heatmap.reveal(t);
        }

        @Override
        public void togglePlay() {
            playback.toggle();
        }

        @Override
        public void closePanel() {
            Playground.this.closePanel();
        }
    }
}
