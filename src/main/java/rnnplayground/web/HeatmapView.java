package rnnplayground.web;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.TextRectangle;
import rnnplayground.app.ColorScale;
import rnnplayground.core.Trajectory;

/**
 * The hidden states as a canvas heatmap: rows are dimensions, columns are steps. Cells are painted on
 * whole device pixels so they stay sharp; marks (the step being read, the cell cursor, the column
 * that fed a cell, an edit's outline) live on a second canvas on top, redrawn whole when they change.
 */
final class HeatmapView {
    interface DashedLines extends org.teavm.jso.JSObject {
        void setLineDash(double[] segments);
    }

    private static final int MIN_CELL = 14;
    private static final int MAX_CELL = 48;
    private static final int HEATMAP_HEIGHT = 224;

    private final HTMLElement box;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLCanvasElement overlay;
    private final CanvasRenderingContext2D marks;
    private final HTMLElement hint;
    private int cellWidth = MAX_CELL;
    private int cellHeight = 1;
    private double scale = 1;
    private int steps;
    private int hidden;
    /** The columns [markedFrom, markedTo) that carry marks now: only they are cleared for new ones. */
    private int markedFrom;
    private int markedTo;
    private int viewWidth;
    private int scrollLeft;

    HeatmapView(HTMLDocument document) {
        box = document.getElementById("heatmap-box");
        canvas = (HTMLCanvasElement) document.getElementById("heatmap");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
        overlay = (HTMLCanvasElement) document.getElementById("heatmap-overlay");
        marks = (CanvasRenderingContext2D) overlay.getContext("2d");
        hint = document.getElementById("heatmap-hint");
        box.addEventListener("scroll", event -> scrollLeft = box.getScrollLeft());
    }

    /** Sizes both canvases for {@code trajectory} and paints its first {@code shown} columns. */
    void layout(Trajectory trajectory, int shown) {
        steps = trajectory.steps();
        hidden = trajectory.hiddenSize();
        viewWidth = box.getClientWidth();
        scrollLeft = box.getScrollLeft();
        int available = Math.max(MIN_CELL, viewWidth - 16);
        cellWidth = steps == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, available / steps));
        cellHeight = Math.max(3, Math.min(16, HEATMAP_HEIGHT / hidden));
        scale = Browser.devicePixelRatio();
        int cssWidth = Math.max(steps, 1) * cellWidth;
        int cssHeight = hidden * cellHeight;
        for (HTMLCanvasElement c : new HTMLCanvasElement[] {canvas, overlay}) {
            c.setWidth(devicePixels(cssWidth));
            c.setHeight(devicePixels(cssHeight));
            Browser.setStyleProperty(c, "width", cssWidth + "px");
            Browser.setStyleProperty(c, "height", cssHeight + "px");
        }
        Browser.setStyleProperty(box, "--cell", cellWidth + "px");
        hint.setHidden(steps != 0);
        drawColumns(trajectory, 0, shown);
        clearColumns(shown, steps);
    }

    /** Paints columns [from, to) from the trajectory. */
    void drawColumns(Trajectory trajectory, int from, int to) {
        for (int t = from; t < to; t++) {
            int x0 = devicePixels(t * cellWidth);
            int x1 = devicePixels((t + 1) * cellWidth);
            for (int i = 0; i < hidden; i++) {
                int y0 = devicePixels(i * cellHeight);
                int y1 = devicePixels((i + 1) * cellHeight);
                context.setFillStyle(ColorScale.css(trajectory.h(t, i)));
                context.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
    }

    /** Blanks columns [from, to): steps the replay has not reached. */
    void clearColumns(int from, int to) {
        if (to > from) {
            int x0 = devicePixels(from * cellWidth);
            context.clearRect(x0, 0, devicePixels(to * cellWidth) - x0, canvas.getHeight());
        }
    }

    /** Redraws the marks. Any argument may be -1 (absent); {@code changedFrom} marks columns from it on. */
    void mark(int currentStep, int cursorDimension, int cursorStep, int feedingStep, int changedFrom) {
        if (markedTo > markedFrom) {
            int x0 = devicePixels(markedFrom * cellWidth);
            marks.clearRect(x0, 0, devicePixels(markedTo * cellWidth) - x0, overlay.getHeight());
        }
        markedFrom = Integer.MAX_VALUE;
        markedTo = 0;
        if (changedFrom >= 0 && changedFrom < steps) {
            outline(changedFrom, 0, steps - changedFrom, hidden, "#e8a200", 3, false);
        }
        if (feedingStep >= 0) {
            outline(feedingStep, 0, 1, hidden, "#111", 2, true);
        }
        if (currentStep >= 0) {
            outline(currentStep, 0, 1, hidden, "#111", 3, false);
        }
        if (cursorStep >= 0 && cursorDimension >= 0) {
            outline(cursorStep, cursorDimension, 1, 1, "#111", 2, false);
        }
    }

    /** A rectangle around columns [t, t + columns) and rows [i, i + rows): white inside a dark line. */
    private void outline(int t, int i, int columns, int rows, String color, double width, boolean dashed) {
        markedFrom = Math.min(markedFrom, t);
        markedTo = Math.max(markedTo, t + columns);
        double line = Math.max(1, Math.round(width * scale));
        int x0 = devicePixels(t * cellWidth);
        int x1 = devicePixels((t + columns) * cellWidth);
        int y0 = devicePixels(i * cellHeight);
        int y1 = devicePixels((i + rows) * cellHeight);
        marks.<DashedLines>cast().setLineDash(dashed ? new double[] {4 * scale, 4 * scale} : new double[0]);
        marks.setLineWidth(line);
        marks.setStrokeStyle("#fff");
        marks.strokeRect(x0 + line * 1.5, y0 + line * 1.5, x1 - x0 - 3 * line, y1 - y0 - 3 * line);
        marks.setStrokeStyle(color);
        marks.strokeRect(x0 + line / 2, y0 + line / 2, x1 - x0 - line, y1 - y0 - line);
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

    private int devicePixels(double cssPixels) {
        return (int) Math.round(cssPixels * scale);
    }
}
