package rnnplayground.bench;

import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * The replay's drawing path for the benchmark page: the same canvas and DOM calls as the
 * playground's HeatmapView (a rectangle per cell filled with ColorScale's colour, the current column
 * framed, its letter in the strip highlighted and scrolled into view), on the bench page's elements.
 */
final class ReplayView {
    private static final int MIN_CELL = 14;
    private static final int MAX_CELL = 48;
    private static final int HEATMAP_HEIGHT = 224;

    private final HTMLDocument document;
    private final HTMLElement box;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement strip;
    private HTMLElement[] letters = new HTMLElement[0];
    private int cellWidth;
    private int cellHeight;
    private double scale;
    private int current = -1;

    ReplayView(HTMLDocument document) {
        this.document = document;
        this.box = document.getElementById("replay-box");
        this.canvas = (HTMLCanvasElement) document.getElementById("replay-heatmap");
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.strip = document.getElementById("replay-strip");
    }

    /** Sizes the canvas and the strip for {@code trajectory}, blank. */
    void layout(Trajectory trajectory) {
        int steps = trajectory.steps();
        int available = Math.max(MIN_CELL, clientWidth(box));
        cellWidth = steps == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, available / steps));
        cellHeight = Math.max(3, Math.min(16, HEATMAP_HEIGHT / trajectory.hiddenSize()));
        scale = devicePixelRatio();
        int columns = Math.max(steps, 1);
        canvas.setWidth(devicePixels(columns * cellWidth));
        canvas.setHeight(devicePixels(trajectory.hiddenSize() * cellHeight));
        setStyleProperty(canvas, "width", columns * cellWidth + "px");
        setStyleProperty(canvas, "height", trajectory.hiddenSize() * cellHeight + "px");
        setStyleProperty(box, "--cell", cellWidth + "px");
        while (strip.getFirstChild() != null) {
            strip.removeChild(strip.getFirstChild());
        }
        letters = new HTMLElement[steps];
        for (int t = 0; t < steps; t++) {
            HTMLElement letter = document.createElement("span");
            char c = Alphabet.symbolAt(trajectory.symbol(t));
            letter.setTextContent(c == ' ' ? "\u2423" : String.valueOf(c));
            strip.appendChild(letter);
            letters[t] = letter;
        }
        current = -1;
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

    @JSBody(script = "return window.devicePixelRatio || 1;")
    private static native double devicePixelRatio();

    @JSBody(params = "element", script = "return element.clientWidth;")
    private static native int clientWidth(HTMLElement element);

    @JSBody(params = {"element", "name", "value"}, script = "element.style.setProperty(name, value);")
    private static native void setStyleProperty(HTMLElement element, String name, String value);
}
