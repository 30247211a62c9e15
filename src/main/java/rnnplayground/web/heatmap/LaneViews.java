package rnnplayground.web.heatmap;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.Measures;
import rnnplayground.app.Playback;
import rnnplayground.app.ValueText;
import rnnplayground.app.WidgetState;

/**
 * Every lane's grids, in the box that scrolls sideways: as many lanes as networks on show (a compared
 * cell's is a copy of the first), their columns drawn up to the replay's position, their marks (the
 * step read, the cursor, the column that fed the chosen value, an edit's outline), the rows measured
 * under them, and the inspectors that answer a pointer or a key on any grid.
 */
public final class LaneViews implements WidgetState.View, GridPlaces {
    /** What a person's act on a grid asks of the widget. */
    public interface Actions {
        /** A value was clicked, tapped twice or entered: its arithmetic, with the focus in it. */
        void open(Choice choice);

        /** Escape on a grid. */
        void close();

        /** Space on a grid. */
        void togglePlay();
    }

    private static final int REDRAWN = Change.VALUES | Change.REACH | Change.CHOICE | Change.EDIT;

    private final HTMLDocument document;
    private final HTMLElement box;
    private final HTMLElement hint;
    private final HTMLElement first;
    private final WidgetState widget;
    private final Actions actions;
    private final List<LaneView> views = new ArrayList<>();
    /** The columns painted, from the first: the replay's position when they were last drawn. */
    private int drawn;
    private int laidOutWidth;

    public LaneViews(HTMLDocument document, WidgetState widget, Actions actions) {
        this.document = document;
        this.widget = widget;
        this.actions = actions;
        box = document.getElementById("heatmap-box");
        hint = document.getElementById("heatmap-hint");
        first = document.getElementById("lane");
        views.add(laneView(first));
        views.get(0).pinnable(() -> {
            if (widget.measures().pinned().length > 0) {
                widget.unpinInfluence();
            } else {
                widget.pinInfluence();
            }
        });
        Window.current().addEventListener("resize", event -> {
            if (Window.current().getInnerWidth() != laidOutWidth) {
                widget.relayout();
            }
        });
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.hasAny(Change.NETWORKS | Change.LAYOUT)) {
            layOut();
            return;
        }
        if (change.has(Change.VALUES)) {
            for (int k = 0; k < views.size(); k++) {
                views.get(k).measure(widget.model(k));
            }
        }
        if (change.hasAny(REDRAWN)) {
            showMeasures();
            redrawAll();
        }
        render();
    }

    @Override
    public double[] bounds(Choice choice) {
        return grid(choice).cellBounds(choice.row, choice.step);
    }

    @Override
    public void focus(Choice choice) {
        grid(choice).focus();
    }

    private GridCanvas grid(Choice choice) {
        return views.get(choice.lane).grid(choice.grid, choice.index);
    }

    /** Every grid laid out anew, blank, then drawn up to the replay's position. */
    private void layOut() {
        matchLanes();
        laidOutWidth = Window.current().getInnerWidth();
        for (int k = 0; k < views.size(); k++) {
            views.get(k).layout(widget.model(k), widget.page().gates);
        }
        drawn = 0;
        showMeasures();
        views.get(0).heatmapInspector.summarise(widget.trajectory().hiddenSize(), widget.steps());
        render();
        for (LaneView view : views) {
            view.heatmapInspector.clamp();
            view.predictionsInspector.clamp();
        }
    }

    /** As many lane views as lanes: a compared cell's is a copy of the first. */
    private void matchLanes() {
        int count = widget.lanes().count();
        while (views.size() > count) {
            views.remove(views.size() - 1).remove();
        }
        while (views.size() < count) {
            views.add(laneView(LaneView.copyOf(first, "lane-" + (views.size() + 1))));
        }
    }

    /** The view of the next lane, in {@code root}; its grids' inspectors answer for that lane. */
    private LaneView laneView(HTMLElement root) {
        int lane = views.size();
        return new LaneView(document, root, box, hint, (canvas, grid, index) -> new CellInspector(document, canvas,
                new GridHost(canvas::rows, () -> Math.min(drawn, canvas.columns()),
                        (i, t) -> ValueText.describe(widget, lane, grid, index, i, t),
                        (i, t) -> actions.open(new Choice(lane, grid, index, i, t)), (i, t) -> cursorMoved(lane, t),
                        actions::togglePlay, actions::close)));
    }

    private void cursorMoved(int lane, int t) {
        render();
        views.get(lane).heatmap.reveal(t);
    }

    /** The measured rows of every lane: how far a change reaches, the influence on the chosen value, the first lane's pinned row. */
    private void showMeasures() {
        Measures measures = widget.measures();
        for (int k = 0; k < views.size(); k++) {
            LaneView view = views.get(k);
            view.reach(measures.reach(k), measures.reachCaption(k));
            view.influence(measures.influence(k), measures.influenceUpTo(k), measures.influenceCaption(k),
                    widget.perDimension(), k == 0 ? measures.pinned() : new double[0], k == 0 ? measures.pinnedCaption() : "");
        }
    }

    /** Every column drawn again: the weights or what is measured changed. */
    private void redrawAll() {
        for (int k = 0; k < views.size(); k++) {
            views.get(k).draw(widget.model(k), 0, drawn);
        }
    }

    /** Brings the grids to the replay's position, and moves the marks. */
    private void render() {
        Playback playback = widget.playback();
        int position = playback.position();
        if (position > drawn) {
            for (int k = 0; k < views.size(); k++) {
                views.get(k).draw(widget.model(k), drawn, position);
            }
        } else if (position < drawn) {
            for (LaneView view : views) {
                view.clear(position, drawn);
            }
        }
        drawn = position;
        int current = playback.currentStep();
        Choice choice = widget.choice();
        int changedFrom = widget.changedFrom();
        int colour = widget.page().colour;
        for (int k = 0; k < views.size(); k++) {
            LaneView view = views.get(k);
            int feeding = choice.ofState() && choice.lane == k ? choice.step - 1 : -1;
            view.heatmap.mark(current, view.heatmapInspector.cursorRow(), view.heatmapInspector.cursorStep(), feeding,
                    changedFrom);
            view.predictions.markCursor(view.predictionsInspector.cursorRow(), view.predictionsInspector.cursorStep());
            view.strip.paint(widget.model(k).trajectory(), position, current, changedFrom, colour);
            view.heatmap.chooseRow(colour);
        }
        if (current >= 0) {
            views.get(0).heatmap.reveal(current);
        }
    }
}
