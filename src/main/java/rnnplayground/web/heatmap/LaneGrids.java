package rnnplayground.web.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.LanesShown;
import rnnplayground.app.Measures;
import rnnplayground.app.Playback;
import rnnplayground.core.Trajectory;

/**
 * Every lane's grids, in the box that scrolls sideways, drawn from what the lanes show: as many lanes
 * as networks on show (a compared cell's is a copy of the first), their columns drawn up to the
 * replay's position, their marks (the step read, the cursor, the column that fed the chosen value, an
 * edit's outline) and the rows measured under them. The page's {@link LaneViews} adds what answers a
 * person; a first visit draws them alone, before the page's build has loaded.
 */
public final class LaneGrids {
    private static final int REDRAWN = Change.VALUES | Change.REACH | Change.CHOICE | Change.EDIT;

    private final HTMLDocument document;
    private final HTMLElement box;
    private final HTMLElement hint;
    private final HTMLElement first;
    private final LanesShown shown;
    private final IntFunction<LaneView.Inspectors> inspectors;
    private final List<LaneView> views = new ArrayList<>();
    /** The columns painted, from the first: the replay's position when they were last drawn. */
    private int drawn;

    /**
     * The grids of the page's lanes, {@code inspectors} making those of a lane's grids (by its index), the
     * first lane's "Pin this row" doing {@code pin}.
     */
    public LaneGrids(HTMLDocument document, LanesShown shown, IntFunction<LaneView.Inspectors> inspectors, Runnable pin) {
        this.document = document;
        this.shown = shown;
        this.inspectors = inspectors;
        box = document.getElementById("heatmap-box");
        hint = document.getElementById("heatmap-hint");
        first = document.getElementById("lane");
        views.add(laneView(first));
        views.get(0).pinnable(pin);
    }

    public void show(Change change) {
        if (change.hasAny(Change.NETWORKS | Change.LAYOUT)) {
            layOut();
            return;
        }
        if (change.has(Change.VALUES)) {
            for (int k = 0; k < views.size(); k++) {
                views.get(k).measure(shown.model(k));
            }
        }
        if (change.hasAny(REDRAWN)) {
            showMeasures();
            redrawAll();
        }
        render();
    }

    /** Lane {@code lane}'s view. */
    public LaneView view(int lane) {
        return views.get(lane);
    }

    /** The columns on show in every grid. */
    public int drawn() {
        return drawn;
    }

    /** Every grid laid out anew, blank, then drawn up to the replay's position. */
    public void layOut() {
        matchLanes();
        for (int k = 0; k < views.size(); k++) {
            views.get(k).layout(shown.model(k), shown.gatesShown());
        }
        drawn = 0;
        showMeasures();
        Trajectory trajectory = shown.model(0).trajectory();
        views.get(0).heatmapInspector.summarise(trajectory.hiddenSize(), trajectory.steps());
        render();
        for (LaneView view : views) {
            view.heatmapInspector.clamp();
            view.predictionsInspector.clamp();
        }
    }

    /** As many lane views as lanes: a compared cell's is a copy of the first. */
    private void matchLanes() {
        int count = shown.laneCount();
        while (views.size() > count) {
            views.remove(views.size() - 1).remove();
        }
        while (views.size() < count) {
            views.add(laneView(LaneView.copyOf(first, "lane-" + (views.size() + 1))));
        }
    }

    /** The view of the next lane, in {@code root}. */
    private LaneView laneView(HTMLElement root) {
        return new LaneView(document, root, box, hint, inspectors.apply(views.size()));
    }

    /** The measured rows of every lane: how far a change reaches, the influence on the chosen value, the first lane's pinned row. */
    private void showMeasures() {
        Measures measures = shown.measures();
        for (int k = 0; k < views.size(); k++) {
            LaneView view = views.get(k);
            view.reach(measures.reach(k), measures.reachCaption(k));
            view.influence(measures.influence(k), measures.influenceUpTo(k), measures.influenceCaption(k),
                    shown.perDimension(), k == 0 ? measures.pinned() : new double[0], k == 0 ? measures.pinnedCaption() : "");
        }
    }

    /** Every column drawn again: the weights or what is measured changed. */
    private void redrawAll() {
        for (int k = 0; k < views.size(); k++) {
            views.get(k).draw(shown.model(k), 0, drawn);
        }
    }

    /** Brings the grids to the replay's position, and moves the marks. */
    public void render() {
        Playback playback = shown.playback();
        int position = playback.position();
        if (position > drawn) {
            for (int k = 0; k < views.size(); k++) {
                views.get(k).draw(shown.model(k), drawn, position);
            }
        } else if (position < drawn) {
            for (LaneView view : views) {
                view.clear(position, drawn);
            }
        }
        drawn = position;
        int current = playback.currentStep();
        int changedFrom = shown.changedFrom();
        int colour = shown.colour();
        for (int k = 0; k < views.size(); k++) {
            LaneView view = views.get(k);
            view.heatmap.mark(current, view.heatmapInspector.cursorRow(), view.heatmapInspector.cursorStep(),
                    shown.feeding(k), changedFrom);
            view.predictions.markCursor(view.predictionsInspector.cursorRow(), view.predictionsInspector.cursorStep());
            view.strip.paint(shown.model(k).trajectory(), position, current, changedFrom, colour);
            view.heatmap.chooseRow(colour);
        }
        if (current >= 0) {
            views.get(0).heatmap.reveal(current);
        }
    }
}
