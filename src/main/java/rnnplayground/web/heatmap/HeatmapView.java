package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Page;

/**
 * The hidden states as a heatmap, rows are dimensions and columns are steps, in the box that scrolls
 * sideways with every grid of the widget: this view decides the cell width they all share and keeps
 * the step being read in view. Its marks are the step being read, the cell cursor, the column that
 * fed a cell, and an edit's outline.
 */
public final class HeatmapView {
    /** The gutter for the row labels, in CSS pixels. */
    static final int GUTTER = 40;
    private static final int MIN_CELL = 14;
    /** Wide enough to fill the box at 1280 px with the default sequence, never so wide that a column looks like a bar. */
    private static final int MAX_CELL = 64;
    private static final int HEATMAP_HEIGHT = 224;

    private final HTMLElement box;
    private final GridCanvas grid;
    private final StepAxis stepAxis;
    private final HTMLElement hint;
    private final HeatmapMark changed;
    private final HeatmapMark feeding;
    private final HeatmapMark current;
    private final HeatmapMark cursor;
    private int cellWidth = MAX_CELL;
    private int viewWidth;
    private int scrollLeft;

    /** The page's heatmap: the elements of index.html (and of bench.html, which has no row labels). */
    public HeatmapView(HTMLDocument document) {
        this(document.getElementById("heatmap-box"), new GridCanvas(document,
                (HTMLCanvasElement) document.getElementById("heatmap"), document.getElementById("heatmap-rows")),
                document.getElementById("heatmap-hint"), new StepAxis(document, document.getElementById("steps")));
    }

    /**
     * The heatmap of {@code grid}, in the sideways-scrolling {@code box}, its steps numbered on
     * {@code stepAxis}; {@code hint} shows when it is empty.
     */
    HeatmapView(HTMLElement box, GridCanvas grid, HTMLElement hint, StepAxis stepAxis) {
        this.box = box;
        this.grid = grid;
        this.hint = hint;
        this.stepAxis = stepAxis;
        changed = grid.newMark("changed");
        feeding = grid.newMark("feeding");
        current = grid.newMark("current");
        cursor = grid.newMark("cursor");
        box.addEventListener("scroll", event -> scrollLeft = box.getScrollLeft());
    }

    GridCanvas grid() {
        return grid;
    }

    /** The width of a column in CSS pixels, the same in every grid of the box. */
    int cellWidth() {
        return cellWidth;
    }

    /** Sizes the heatmap for {@code trajectory} and paints its first {@code shown} columns. */
    public void layout(Trajectory trajectory, int shown) {
        size(trajectory);
        drawColumns(trajectory, 0, shown);
    }

    /** Sizes the heatmap for {@code trajectory}, blank. */
    void size(Trajectory trajectory) {
        int steps = trajectory.steps();
        int hidden = trajectory.hiddenSize();
        viewWidth = box.getClientWidth();
        scrollLeft = box.getScrollLeft();
        int padding = (int) Math.ceil(pixels(Page.computedStyle(box, "padding-left")) + pixels(Page.computedStyle(box, "padding-right")));
        int available = Math.max(MIN_CELL, viewWidth - padding - GUTTER);
        cellWidth = Zoom.columns(steps == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, available / steps)));
        int cellHeight = Zoom.rows(Math.max(3, Math.min(16, HEATMAP_HEIGHT / hidden)));
        int every = cellHeight >= 12 ? 1 : cellHeight >= 6 ? 2 : 4;
        grid.layout(hidden, steps, cellWidth, cellHeight, i -> i % every == 0 ? String.valueOf(i) : "");
        stepAxis.layout(steps, cellWidth);
        Page.setStyleProperty(box, "--cell", cellWidth + "px");
        Page.setStyleProperty(box, "--gutter", GUTTER + "px");
        Page.setStyleProperty(box, "--view", viewWidth + "px");
        hint.setHidden(steps != 0);
    }

    /** A padding, "8px" as 8 (whole pixels); 8 where it cannot be read (a page without the box's style). */
    private static double pixels(String css) {
        double value = 0;
        int k = 0;
        for (; k < css.length() && css.charAt(k) >= '0' && css.charAt(k) <= '9'; k++) {
            value = value * 10 + (css.charAt(k) - '0');
        }
        return k == 0 ? 8 : value;
    }

    /** Paints columns [from, to) from the trajectory, h divided by {@code range} (1 for a tanh state). */
    public void drawColumns(Trajectory trajectory, int from, int to, double range) {
        grid.paint(from, to, (i, t) -> ColorScale.STATE.rgb(trajectory.h(t, i) / range));
    }

    public void drawColumns(Trajectory trajectory, int from, int to) {
        drawColumns(trajectory, from, to, 1);
    }

    /** Blanks columns [from, to): steps the replay has not reached. */
    public void clearColumns(int from, int to) {
        grid.clear(from, to);
    }

    /** Shows the marks. Any argument may be -1 (absent); {@code changedFrom} marks columns from it on. */
    public void mark(int currentStep, int cursorDimension, int cursorStep, int feedingStep, int changedFrom) {
        int steps = grid.columns();
        int hidden = grid.rows();
        grid.outline(changed, changedFrom < steps ? changedFrom : -1, 0, steps - changedFrom, hidden);
        grid.outline(feeding, feedingStep, 0, 1, hidden);
        grid.outline(current, currentStep, 0, 1, hidden);
        grid.outline(cursor, cursorDimension >= 0 ? cursorStep : -1, cursorDimension, 1, 1);
    }

    /** Picks out the row of dimension i, the one the letters are coloured by (-1: none). */
    public void chooseRow(int i) {
        grid.chooseRow(i);
    }

    void focus() {
        grid.focus();
    }

    /**
     * Scrolls the box so that column t is in view beside the gutter. Reads no layout (the box's width
     * and scroll position are kept as they change), so a frame that moves the mark forces none.
     */
    public void reveal(int t) {
        int left = t * cellWidth;
        if (left < scrollLeft) {
            scrollTo(left);
        } else if (GUTTER + left + cellWidth + 16 > scrollLeft + viewWidth) {
            scrollTo(GUTTER + left + cellWidth + 16 - viewWidth);
        }
    }

    private void scrollTo(int left) {
        scrollLeft = left;
        box.setScrollLeft(left);
    }
}
