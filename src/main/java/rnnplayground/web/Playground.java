package rnnplayground.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.CellArithmetic;
import rnnplayground.app.ChangeReach;
import rnnplayground.app.ColorScale;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Lanes;
import rnnplayground.app.Memory;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.OpenCell;
import rnnplayground.app.PageState;
import rnnplayground.app.PredictionArithmetic;
import rnnplayground.app.SequenceRules;
import rnnplayground.app.StepSettings;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Gate;
import rnnplayground.core.Influence;
import rnnplayground.core.Trajectory;
import rnnplayground.web.controls.CellControls;
import rnnplayground.web.controls.CellNotes;
import rnnplayground.web.controls.EditNote;
import rnnplayground.web.controls.PlaybackControls;
import rnnplayground.web.controls.SequenceField;
import rnnplayground.web.controls.SettingsControls;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.StatusLine;
import rnnplayground.web.heatmap.CellInspector;
import rnnplayground.web.heatmap.GridHost;
import rnnplayground.web.heatmap.LaneView;
import rnnplayground.web.heatmap.LegendBar;
import rnnplayground.web.heatmap.Zoom;
import rnnplayground.web.inspect.ArithmeticPanel;
import rnnplayground.web.inspect.DetectorControls;
import rnnplayground.web.inspect.NumbersTable;
import rnnplayground.web.inspect.WeightsView;
import rnnplayground.web.share.EmbedControls;
import rnnplayground.web.share.Exports;
import rnnplayground.web.share.Landing;
import rnnplayground.web.share.ShareControls;
import rnnplayground.web.training.SampleView;
import rnnplayground.web.training.TrainingControls;

/**
 * The widget's state and wiring: the page state, its networks and their training, the lanes that show
 * them, which columns are shown, the open arithmetic (its value is the one whose influence the lanes
 * show), the dimension colouring the letters and the outline of the last edit.
 */
public final class Playground implements TrainingControls.Host {
    /** While training, the address follows at most this often, the slow views at most this often too. */
    private static final double SLOW_FOLLOW_MS = 1000;
    private static final double REACH_FOLLOW_MS = 250;

    private final HTMLDocument document;
    private final HTMLElement box;
    private final HTMLElement hint;
    private final NumbersTable numbers;
    private final ArithmeticPanel panel;
    private final PlaybackControls playback;
    private final SettingsControls settings;
    private final CellControls cellControls;
    private final TrainingControls trainingControls;
    private final EditNote editNote;
    private final CellNotes cellNotes;
    private final SampleView sample;
    private final WeightsView weights;
    private final DetectorControls detectors;
    private final HTMLElement seedLabel;
    private final HTMLInputElement perDimension;
    private final Lanes lanes;
    private final List<LaneView> views = new ArrayList<>();
    private final List<Influence> influences = new ArrayList<>();
    private PageState state;
    private int drawn;
    /** The open arithmetic: its lane, its grid (h, a further state, a gate, the predictions), row and step. */
    private int panelLane;
    private String panelGrid = "h";
    private int panelRow = -1;
    private int panelStep = -1;
    private int colouringDimension = -1;
    private int changedFrom = -1;
    /** The edit whose reach the lanes show, or none: then, the reach of the first symbol. */
    private boolean showingEdit;
    private int laidOutWidth;
    private double followedAt = Double.NEGATIVE_INFINITY;
    private double reachedAt = Double.NEGATIVE_INFINITY;
    private double sampledAt = Double.NEGATIVE_INFINITY;
    private int slowTurn;

    Playground(HTMLDocument document) {
        this.document = document;
        HashCodec.Decoded decoded = HashCodec.decode(Page.hash());
        state = decoded.state;
        lanes = new Lanes(state);
        lanes.follow(state.training, state.sequence);
        box = document.getElementById("heatmap-box");
        hint = document.getElementById("heatmap-hint");
        numbers = new NumbersTable(document);
        panel = new ArithmeticPanel(document, this::closePanel, () -> colourBy(panelRow));
        playback = new PlaybackControls(document, this::render);
        views.add(laneView(document.getElementById("lane")));
        settings = new SettingsControls(document, state.hiddenSize, size -> change(b -> b.hiddenSize(size)),
                this::colourBy);
        colouringDimension = state.colour;
        settings.select(colouringDimension);
        weights = new WeightsView(document, () -> model(0));
        detectors = new DetectorControls(document, this::trajectory, this::colourBy);
        cellControls = new CellControls(document, this::change);
        trainingControls = new TrainingControls(document, lanes, () -> state.sequence, state.stepSettings(), this,
                this::stepSettingsChosen);
        editNote = new EditNote(document, this::dismissEdit);
        cellNotes = new CellNotes(document);
        sample = new SampleView(document, this::change);
        seedLabel = document.getElementById("seed");
        perDimension = (HTMLInputElement) document.getElementById("per-dimension");
        perDimension.addEventListener("change", event -> {
            showInfluence();
            redrawAll();
        });
        HTMLElement message = document.getElementById("sequence-message");
        document.getElementById("sequence-help").setTextContent(SequenceRules.help());
        new SequenceField((HTMLInputElement) document.getElementById("sequence"), message, state.sequence,
                decoded.problem, this::sequenceChanged);
        document.getElementById("replay").addEventListener("click", event -> playback.replay());
        document.getElementById("reweight").addEventListener("click", event -> {
            change(b -> b.seed(Page.randomSeed()));
            playback.replay();
        });
        StatusLine shareStatus = new StatusLine(document.getElementById("share-status"));
        new ShareControls(document, shareStatus, () -> state);
        new EmbedControls(document, () -> state);
        new Exports(document, shareStatus, () -> lanes.model(0), () -> state);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-bar"), ColorScale.STATE);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-probability"), ColorScale.PROBABILITY);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-gate"), ColorScale.GATE);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-magnitude"), ColorScale.MAGNITUDE);
        Window.current().addEventListener("resize", event -> relayoutIfResized());
        Zoom.wire(document, this::relayoutGrids);
        cellControls.show(state, model(0).network().cell.kind().recurrentMatrices);
        cellNotes.show(state);
        showState();
        relayout(0);
        trainingControls.update();
        if (decoded.fromLink) {
            Landing.bringIntoView(document);
        }
        OpenCell linked = decoded.state.open;
        if (linked.isOpen()) {
            show(0, linked.ofPredictions ? "p" : "h", linked.row, linked.step);
        }
        Page.mark("first-heatmap");
    }

    private Model model(int lane) {
        return lanes.model(lane);
    }

    private Trajectory trajectory() {
        return lanes.model(0).trajectory();
    }

    /** A change of the settings: new networks where they need them, every view anew. */
    private void change(Consumer<PageState.Builder> edit) {
        PageState next = state.with(edit);
        boolean newNetworks = !next.cell.equals(state.cell) || !next.compare.equals(state.compare)
                || next.seed != state.seed || next.hiddenSize != state.hiddenSize
                || next.recurrentScale != state.recurrentScale;
        state = next;
        if (newNetworks) {
            lanes.apply(state);
            followTraining();
            if (colouringDimension >= state.hiddenSize) {
                colouringDimension = -1;
            }
            settings.listDimensions(state.hiddenSize, colouringDimension);
            showingEdit = false;
            editNote.hide();
            changedFrom = -1;
            hidePanel();
        }
        cellControls.show(state, model(0).network().cell.kind().recurrentMatrices);
        cellNotes.show(state);
        showState();
        relayout(0);
        trainingControls.update();
    }

    private void sequenceChanged(String sequence) {
        String previous = state.sequence;
        Trajectory before = trajectory();
        float[] beforeStates = before.states().clone();
        int beforeSteps = before.steps();
        state = state.withSequence(sequence);
        int from = lanes.apply(state);
        lanes.edited(previous, Performance.now());
        followTraining();
        showState();
        hidePanel();
        changedFrom = from < trajectory().steps() ? from : -1;
        showingEdit = changedFrom >= 0;
        views.get(0).reach(ChangeReach.ofEdit(beforeStates, beforeSteps, trajectory(), from),
                "Δh: how much each step changed with the edit, ‖h′ − h‖");
        editNote.show(ChangeReach.sentence(from, trajectory().steps()));
        relayout(from);
        trainingControls.update();
    }

    /** The edit's outline and sentence are put away: the reach row shows the first symbol's again. */
    private void dismissEdit() {
        showingEdit = false;
        changedFrom = -1;
        editNote.hide();
        measureReach();
        redrawAll();
    }

    private void stepSettingsChosen(StepSettings chosen) {
        lanes.setSettings(chosen, state.sequence);
        state = state.with(b -> b.learningRate(chosen.learningRate).clip(chosen.clip));
        followTraining();
        showState();
        trainingControls.update();
    }

    @Override
    public void resetTraining() {
        lanes.reset(state);
        followTraining();
        showState();
        hidePanel();
        relayout(0);
    }

    @Override
    public void trained() {
        // the grids every frame; at most one slower view a frame, in turn, so no frame does them all
        double now = Performance.now();
        slowTurn = (slowTurn + 1) % 4;
        if (slowTurn == 0 && now - followedAt >= SLOW_FOLLOW_MS) {
            followedAt = now;
            followTraining();
            Page.replaceHash(HashCodec.encode(state));
        } else if (slowTurn == 1 && now - reachedAt >= REACH_FOLLOW_MS) {
            reachedAt = now;
            measureReach();
        } else if (slowTurn == 2 && now - sampledAt >= SLOW_FOLLOW_MS) {
            sampledAt = now;
            sample.show(state, lanes);
        } else if (slowTurn == 3) {
            showChoice();
        }
        for (int k = 0; k < views.size(); k++) {
            views.get(k).measure(model(k));
        }
        redrawAll();
    }

    /** The address and the numbers table catch up with the training. */
    @Override
    public void settled() {
        followTraining();
        Page.replaceHash(HashCodec.encode(state));
        numbers.fill(trajectory(), 0, drawn);
        measureReach();
        measureMemory();
        sample.show(state, lanes);
        showChoice();
        redrawAll();
    }

    /** The influence rows, and the open arithmetic, of the weights as they are now. */
    private void showChoice() {
        showInfluence();
        if (panel.isOpen()) {
            showPanel();
        }
    }

    /** The state holds the training done; while a link is caught up with, the link's plan stays. */
    private void followTraining() {
        if (!lanes.first().catchingUp()) {
            state = state.with(b -> b.training(lanes.first().plan()));
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
        OpenCell open = panel.isOpen() && panelStep >= 0 && panelLane == 0
                && (panelGrid.equals("h") || panelGrid.equals("p"))
                ? new OpenCell(panelGrid.equals("p"), panelRow, panelStep) : OpenCell.NONE;
        state = state.with(b -> b.colour(colouringDimension).open(open));
        seedLabel.setTextContent("seed " + Integer.toUnsignedString(state.seed));
        Page.replaceHash(HashCodec.encode(state));
    }

    /** As many lane views as lanes: a compared cell's is a copy of the first. */
    private void matchLanes() {
        while (views.size() > lanes.count()) {
            views.remove(views.size() - 1).remove();
        }
        while (views.size() < lanes.count()) {
            views.add(laneView(LaneView.copyOf(document.getElementById("lane"), "lane-" + (views.size() + 1))));
        }
        while (influences.size() > lanes.count()) {
            influences.remove(influences.size() - 1);
        }
        for (int k = 0; k < lanes.count(); k++) {
            if (k == influences.size()) {
                influences.add(null);
            }
            influences.set(k, new Influence(model(k).network()));
        }
    }

    /** Lays every view out anew, every column shown. The values of steps before {@code from} have not changed. */
    private void relayout(int from) {
        matchLanes();
        playback.showAll(trajectory().steps());
        numbers.layout(trajectory(), Math.min(from, drawn)); // a replay may have emptied columns from drawn on
        layOut();
    }

    /** Lays every grid out anew, the playback where it is. */
    private void layOut() {
        Trajectory trajectory = trajectory();
        laidOutWidth = Window.current().getInnerWidth();
        for (int k = 0; k < views.size(); k++) {
            views.get(k).layout(model(k), state.gates);
        }
        drawn = 0;
        if (!showingEdit) {
            measureReach();
        }
        measureMemory();
        showInfluence();
        sample.show(state, lanes);
        views.get(0).heatmapInspector.summarise(trajectory.hiddenSize(), trajectory.steps());
        render();
        for (LaneView view : views) {
            view.heatmapInspector.clamp();
            view.predictionsInspector.clamp();
        }
    }

    /** The view of the next lane, in {@code root}; its grids' inspectors answer for that lane. */
    private LaneView laneView(HTMLElement root) {
        int lane = views.size();
        return new LaneView(document, root, box, hint, (grid, kind) -> new CellInspector(document, grid,
                new GridHost(grid::rows, () -> Math.min(drawn, grid.columns()), (i, t) -> describe(lane, kind, i, t),
                        (i, t) -> open(lane, kind, i, t), (i, t) -> cursorMoved(lane, t), () -> playback.toggle(),
                        this::closePanel)));
    }

    private String describe(int lane, String kind, int i, int t) {
        Trajectory trajectory = model(lane).trajectory();
        String reads = ", step " + t + ", reads " + SymbolText.quoted(trajectory.symbol(t));
        switch (kind) {
            case "h":
                return "dimension " + i + reads + ", value " + NumberText.fixed(trajectory.h(t, i), 3);
            case "state":
                return "c, dimension " + i + reads + ", value " + NumberText.fixed(trajectory.state(t, trajectory.hiddenSize() + i), 3);
            case "p":
                String next = t + 1 < trajectory.steps() ? ", truly " + SymbolText.quoted(trajectory.symbol(t + 1)) : "";
                return "after step " + t + ", " + SymbolText.quoted(i) + " next: probability "
                        + NumberText.fixed(model(lane).predictions().probability(t, i), 3) + next;
            case "reach":
                return "step " + t + ": h changed by " + NumberText.scientific(views.get(lane).reachAt(t));
            case "influence":
                return "step " + t + ": ‖∂v/∂h‖ = " + NumberText.scientific(influences.get(lane).hiddenNorm(t));
            case "input":
                return "step " + t + ", reads " + SymbolText.quoted(trajectory.symbol(t)) + ": ‖∂v/∂x‖ = "
                        + NumberText.scientific(influences.get(lane).inputNorm(t));
            case "dimensions":
                return "step " + t + ", dimension " + i + ": |∂v/∂h| = "
                        + NumberText.scientific(influences.get(lane).dimension(t, i));
            default:
                int g = Integer.parseInt(kind.substring(5));
                Gate gate = model(lane).network().cell.gates()[g];
                return gate.name + " gate " + gate.symbol + ", dimension " + i + reads + ", value "
                        + NumberText.fixed(trajectory.gate(t, g, i), 3);
        }
    }

    private void cursorMoved(int lane, int t) {
        render();
        views.get(lane).heatmap.reveal(t);
    }

    private void relayoutIfResized() {
        if (Window.current().getInnerWidth() != laidOutWidth) {
            relayoutGrids();
        }
    }

    /** The grids at a new width, or with bigger cells: the same values laid out again. */
    private void relayoutGrids() {
        layOut();
        trainingControls.layout();
    }

    /** The first symbol's reach in every lane (an edit's reach stays until it is put away). */
    private void measureReach() {
        for (int k = 0; k < views.size(); k++) {
            if (k > 0 || !showingEdit) {
                views.get(k).reach(ChangeReach.ofFirstSymbol(model(k).network(), model(k).trajectory()),
                        "Δh: how far the first symbol reaches, ‖h′ − h‖ had it been another");
            }
        }
    }

    private void measureMemory() {
        Model first = model(0);
        if (!first.network().cell.kind().recurrentMatrices) {
            cellControls.readout(Memory.withoutMatrices(first.network().cell.kind()));
            return;
        }
        cellControls.readout(Memory.readout(Memory.productNorm(first.network(), first.trajectory()),
                first.trajectory().steps(), first.trajectory().hiddenSize()));
    }

    /**
     * The influence rows of every lane: of the value the arithmetic panel shows (a state's entry, the
     * same in every lane), or else of the loss.
     */
    private void showInfluence() {
        boolean ofCell = panelStep >= 0 && !panelGrid.equals("p");
        for (int k = 0; k < views.size(); k++) {
            Trajectory trajectory = model(k).trajectory();
            Influence influence = influences.get(k);
            int upTo;
            String text;
            if (ofCell && panelStep < trajectory.steps()) {
                int entry = panelGrid.equals("state") ? trajectory.hiddenSize() + panelRow : panelRow;
                influence.ofState(trajectory, panelStep, entry);
                upTo = panelStep;
                text = "∂h: each earlier state's influence on " + (panelGrid.equals("state") ? "c" : "h") + "["
                        + panelRow + ", " + panelStep + "], ‖∂v/∂h_k‖";
            } else if (trajectory.steps() >= 2) {
                influence.ofLoss(trajectory);
                upTo = trajectory.steps() - 2;
                text = "∂h: each state's influence on the loss, ‖∂L/∂h_k‖";
            } else {
                upTo = -1;
                text = "";
            }
            views.get(k).influence(influence, upTo, text, perDimension.isChecked());
        }
    }

    /** Every column drawn again: the weights or what is measured changed. */
    private void redrawAll() {
        for (int k = 0; k < views.size(); k++) {
            views.get(k).draw(model(k), 0, drawn);
        }
        render();
    }

    /** Brings the grids, the letters and the table to the playback position, and redraws the marks. */
    private void render() {
        Trajectory trajectory = trajectory();
        int position = playback.playback().position();
        if (position > drawn) {
            for (int k = 0; k < views.size(); k++) {
                views.get(k).draw(model(k), drawn, position);
            }
            numbers.fill(trajectory, drawn, position);
        } else if (position < drawn) {
            for (LaneView view : views) {
                view.clear(position, drawn);
            }
            numbers.clear(trajectory, position, drawn);
        }
        drawn = position;
        int current = playback.playback().currentStep();
        for (int k = 0; k < views.size(); k++) {
            LaneView view = views.get(k);
            int feeding = panel.isOpen() && panelLane == k && !panelGrid.equals("p") ? panelStep - 1 : -1;
            view.heatmap.mark(current, view.heatmapInspector.cursorRow(), view.heatmapInspector.cursorStep(), feeding,
                    showingEdit ? changedFrom : -1);
            view.predictions.markCursor(view.predictionsInspector.cursorRow(), view.predictionsInspector.cursorStep());
            view.strip.paint(model(k).trajectory(), position, current, showingEdit ? changedFrom : -1, colouringDimension);
            view.heatmap.chooseRow(colouringDimension);
        }
        weights.render(panelGrid.equals("p"), panelRow, panel.isOpen() && panelLane == 0 ? panelStep : -1);
        detectors.render(trajectory, colouringDimension);
        if (current >= 0) {
            views.get(0).heatmap.reveal(current);
        }
    }

    private void open(int lane, String kind, int row, int step) {
        if (kind.equals("reach") || kind.equals("influence") || kind.equals("input") || kind.equals("dimensions")) {
            return; // their values are explained by the row's caption
        }
        show(lane, kind, row, step);
        panel.focus();
    }

    /** Opens the arithmetic of a value without moving the focus (a link's open cell does so too). */
    private void show(int lane, String kind, int row, int step) {
        panelLane = lane;
        panelGrid = kind;
        panelRow = row;
        panelStep = step;
        showInfluence();
        showPanel();
        redrawAll();
        showState();
        panel.keepInView(views.get(lane).grid(kind).cellBounds(row, step));
    }

    private void showPanel() {
        Model model = model(panelLane);
        if (panelGrid.equals("p")) {
            PredictionArithmetic a = new PredictionArithmetic(model.network().readout, model.trajectory(),
                    model.predictions(), panelRow, panelStep);
            panel.show(a.title, a.terms, a.note, -1);
        } else {
            CellArithmetic a = new CellArithmetic(model.trajectory(), panelRow, panelStep, influences.get(panelLane));
            panel.show(a.title, a.terms, a.note, panelRow);
        }
    }

    /** Closed by the person (Escape, ✕): the focus goes back to the grid it came from. */
    private void closePanel() {
        if (panel.isOpen()) {
            hidePanel();
            showInfluence();
            redrawAll();
            views.get(panelLane).grid(panelGrid).focus();
        }
    }

    /** Closed because what it showed changed. */
    private void hidePanel() {
        panel.hide();
        panelStep = -1;
        showState();
    }
}
