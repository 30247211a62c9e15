package rnnplayground.web.heatmap;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.ValueText;
import rnnplayground.app.WidgetState;

/**
 * The widget's lanes ({@link LaneGrids}) and what answers a person on them: the inspectors that answer
 * a pointer or a key on any grid, "Pin this row", and a new layout when the window's width changes.
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

    private final LaneGrids grids;
    private int laidOutWidth;

    public LaneViews(HTMLDocument document, WidgetState widget, Actions actions) {
        grids = new LaneGrids(document, widget, lane -> (canvas, grid, index) -> new CellInspector(document, canvas,
                new GridHost(canvas::rows, () -> Math.min(drawn(), canvas.columns()),
                        (i, t) -> ValueText.describe(widget, lane, grid, index, i, t),
                        (i, t) -> actions.open(new Choice(lane, grid, index, i, t)), (i, t) -> cursorMoved(lane, t),
                        actions::togglePlay, actions::close)), () -> {
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
            laidOutWidth = Window.current().getInnerWidth();
        }
        grids.show(change);
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
        return grids.view(choice.lane).grid(choice.grid, choice.index);
    }

    private int drawn() {
        return grids.drawn();
    }

    private void cursorMoved(int lane, int t) {
        grids.render();
        grids.view(lane).heatmap.reveal(t);
    }
}
