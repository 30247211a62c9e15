package rnnplayground.web;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.TextRectangle;
import rnnplayground.app.ColorScale;
import rnnplayground.core.Trajectory;

/**
 * The hidden states as a canvas heatmap: rows are dimensions, columns are steps. The canvas holds one
 * pixel per cell and CSS scales it up without smoothing, so a new column is a handful of pixels
 * handed over in one piece, however long the sequence. The marks (the step being read, the cell
 * cursor, the column that fed a cell, an edit's outline) are elements on top.
 */
final class HeatmapView {
    private static final int MIN_CELL = 14;
    private static final int MAX_CELL = 48;
    private static final int HEATMAP_HEIGHT = 224;

    private final HTMLElement box;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement hint;
    private final HeatmapMark changed;
    private final HeatmapMark feeding;
    private final HeatmapMark current;
    private final HeatmapMark cursor;
    private int cellWidth = MAX_CELL;
    private int cellHeight = 1;
    private int steps;
    private int hidden;
    private int viewWidth;
    private int scrollLeft;

    HeatmapView(HTMLDocument document) {
        box = document.getElementById("heatmap-box");
        canvas = (HTMLCanvasElement) document.getElementById("heatmap");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
        hint = document.getElementById("heatmap-hint");
        HTMLElement stack = (HTMLElement) canvas.getParentNode();
        changed = new HeatmapMark(document, stack, "changed");
        feeding = new HeatmapMark(document, stack, "feeding");
        current = new HeatmapMark(document, stack, "current");
        cursor = new HeatmapMark(document, stack, "cursor");
        box.addEventListener("scroll", event -> scrollLeft = box.getScrollLeft());
    }

    /** Sizes the canvas for {@code trajectory} and paints its first {@code shown} columns. */
    void layout(Trajectory trajectory, int shown) {
        steps = trajectory.steps();
        hidden = trajectory.hiddenSize();
        viewWidth = box.getClientWidth();
        scrollLeft = box.getScrollLeft();
        int available = Math.max(MIN_CELL, viewWidth - 16);
        cellWidth = steps == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, available / steps));
        cellHeight = Math.max(3, Math.min(16, HEATMAP_HEIGHT / hidden));
        canvas.setWidth(Math.max(steps, 1));
        canvas.setHeight(hidden);
        Page.setStyleProperty(canvas, "width", Math.max(steps, 1) * cellWidth + "px");
        Page.setStyleProperty(canvas, "height", hidden * cellHeight + "px");
        Page.setStyleProperty(box, "--cell", cellWidth + "px");
        hint.setHidden(steps != 0);
        drawColumns(trajectory, 0, shown);
    }

    /** Paints columns [from, to) from the trajectory. */
    void drawColumns(Trajectory trajectory, int from, int to) {
        int width = to - from;
        if (width <= 0) {
            return;
        }
        int[] abgr = new int[width * hidden];
        for (int i = 0; i < hidden; i++) {
            for (int t = from; t < to; t++) {
                abgr[i * width + t - from] = Pixels.abgr(ColorScale.rgb(trajectory.h(t, i)));
            }
        }
        context.putImageData(Pixels.image(abgr, width, hidden), from, 0);
    }

    /** Blanks columns [from, to): steps the replay has not reached. */
    void clearColumns(int from, int to) {
        if (to > from) {
            context.clearRect(from, 0, to - from, hidden);
        }
    }

    /** Shows the marks. Any argument may be -1 (absent); {@code changedFrom} marks columns from it on. */
    void mark(int currentStep, int cursorDimension, int cursorStep, int feedingStep, int changedFrom) {
        outline(changed, changedFrom < steps ? changedFrom : -1, 0, steps - changedFrom, hidden);
        outline(feeding, feedingStep, 0, 1, hidden);
        outline(current, currentStep, 0, 1, hidden);
        outline(cursor, cursorDimension >= 0 ? cursorStep : -1, cursorDimension, 1, 1);
    }

    /** Puts {@code mark} around columns [t, t + columns) and rows [i, i + rows), or hides it if t is -1. */
    private void outline(HeatmapMark mark, int t, int i, int columns, int rows) {
        if (t < 0) {
            mark.hide();
        } else {
            mark.show(t * cellWidth, i * cellHeight, columns * cellWidth, rows * cellHeight);
        }
    }

    /** The step under a point given relative to the canvas, or -1. */
    int stepAt(double x) {
        int t = (int) Math.floor(x / cellWidth);
        return x >= 0 && t < steps ? t : -1;
    }

    /** The dimension under a point given relative to the canvas, or -1. */
    int dimensionAt(double y) {
        int i = (int) Math.floor(y / cellHeight);
        return y >= 0 && i < hidden ? i : -1;
    }

    /** Where cell (i, t) is on screen, for placing a tooltip: {left, top, right, bottom}. */
    double[] cellBounds(int i, int t) {
        TextRectangle r = canvas.getBoundingClientRect();
        double left = r.getLeft() + t * cellWidth;
        double top = r.getTop() + i * cellHeight;
        return new double[] {left, top, left + cellWidth, top + cellHeight};
    }

    void focus() {
        canvas.focus();
    }

    /**
     * Scrolls the heatmap's box so that column t is in view. Reads no layout (the box's width and
     * scroll position are kept as they change), so a frame that moves the mark forces none.
     */
    void reveal(int t) {
        int left = t * cellWidth;
        if (left < scrollLeft) {
            scrollTo(left);
        } else if (left + cellWidth + 16 > scrollLeft + viewWidth) {
            scrollTo(left + cellWidth + 16 - viewWidth);
        }
    }

    private void scrollTo(int left) {
        scrollLeft = left;
        box.setScrollLeft(left);
    }
}
