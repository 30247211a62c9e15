package rnnplayground.web;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * The hidden states as a canvas heatmap (rows are dimensions, columns are steps) with the sequence
 * strip under it. Every cell is a rectangle on whole device pixels, so it stays sharp at any zoom.
 */
final class HeatmapView {
    private static final int MIN_CELL = 14;
    private static final int MAX_CELL = 48;
    private static final int HEATMAP_HEIGHT = 224;

    private final HTMLDocument document;
    private final HTMLElement box;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement strip;
    private final HTMLElement hint;
    private HTMLElement[] letters = new HTMLElement[0];
    private int cellWidth;
    private int cellHeight;
    private double scale;
    private int current = -1;

    HeatmapView(HTMLDocument document) {
        this.document = document;
        this.box = document.getElementById("heatmap-box");
        this.canvas = (HTMLCanvasElement) document.getElementById("heatmap");
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.strip = document.getElementById("strip");
        this.hint = document.getElementById("heatmap-hint");
    }

    /** Sizes the canvas and strip for {@code trajectory} and draws its first {@code shown} columns. */
    void layout(Trajectory trajectory, int shown) {
        int steps = trajectory.steps();
        int available = Math.max(MIN_CELL, Browser.clientWidth(box));
        cellWidth = steps == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, available / steps));
        cellHeight = Math.max(3, Math.min(16, HEATMAP_HEIGHT / trajectory.hiddenSize()));
        scale = Browser.devicePixelRatio();
        int columns = Math.max(steps, 1);
        canvas.setWidth(devicePixels(columns * cellWidth));
        canvas.setHeight(devicePixels(trajectory.hiddenSize() * cellHeight));
        Browser.setStyleProperty(canvas, "width", columns * cellWidth + "px");
        Browser.setStyleProperty(canvas, "height", trajectory.hiddenSize() * cellHeight + "px");
        Browser.setStyleProperty(box, "--cell", cellWidth + "px");
        hint.setHidden(steps != 0);
        layoutStrip(trajectory);
        current = -1;
        drawColumns(trajectory, 0, shown);
        clearColumns(trajectory, shown, steps);
    }

    private void layoutStrip(Trajectory trajectory) {
        while (strip.getFirstChild() != null) {
            strip.removeChild(strip.getFirstChild());
        }
        letters = new HTMLElement[trajectory.steps()];
        for (int t = 0; t < letters.length; t++) {
            HTMLElement letter = document.createElement("span");
            char c = Alphabet.symbolAt(trajectory.symbol(t));
            letter.setTextContent(c == ' ' ? "\u2423" : String.valueOf(c));
            strip.appendChild(letter);
            letters[t] = letter;
        }
    }

    /** Paints columns [from, to) from the trajectory. */
    void drawColumns(Trajectory trajectory, int from, int to) {
        int hidden = trajectory.hiddenSize();
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

    /** Blanks columns [from, to): steps the replay has not reached yet. */
    void clearColumns(Trajectory trajectory, int from, int to) {
        if (to > from) {
            int x0 = devicePixels(from * cellWidth);
            context.clearRect(x0, 0, devicePixels(to * cellWidth) - x0, canvas.getHeight());
        }
    }

    /** Marks step {@code t} as the one being read (-1: none), on the canvas and in the strip. */
    void mark(Trajectory trajectory, int t) {
        if (current >= 0 && current < letters.length) {
            letters[current].setClassName("");
            drawColumns(trajectory, current, current + 1);
        }
        current = t;
        if (t < 0 || t >= letters.length) {
            return;
        }
        letters[t].setClassName("current");
        double line = Math.max(2, Math.round(2 * scale));
        context.setLineWidth(line);
        context.setStrokeStyle("#111");
        int x0 = devicePixels(t * cellWidth);
        int x1 = devicePixels((t + 1) * cellWidth);
        context.strokeRect(x0 + line / 2, line / 2, x1 - x0 - line, canvas.getHeight() - line);
        letters[t].scrollIntoView();
    }

    private int devicePixels(double cssPixels) {
        return (int) Math.round(cssPixels * scale);
    }
}
