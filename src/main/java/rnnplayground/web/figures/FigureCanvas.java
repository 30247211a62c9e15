package rnnplayground.web.figures;

import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.NumberText;
import rnnplayground.app.figures.Arrow;
import rnnplayground.app.figures.Box;
import rnnplayground.app.figures.Dot;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.Label;
import rnnplayground.app.figures.Line;
import rnnplayground.app.figures.Strip;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Page;

/**
 * A figure painted on a canvas for its PNG export, its title on top, in the colours of the page's
 * theme (the page's policy lets no SVG be drawn into an image, so the same data is painted again).
 */
final class FigureCanvas {
    private static final int SCALE = 2;
    private static final int TITLE = 28;

    private FigureCanvas() {
    }

    /** {@code figure} at twice its size, the step {@code marked} highlighted, colours read from {@code themed}. */
    static HTMLCanvasElement paint(HTMLDocument document, Figure figure, Trajectory trajectory, int marked,
            HTMLElement themed) {
        HTMLCanvasElement canvas = (HTMLCanvasElement) document.createElement("canvas");
        canvas.setWidth((int) Math.ceil(figure.width() * SCALE));
        canvas.setHeight((int) Math.ceil((figure.height() + TITLE) * SCALE));
        CanvasRenderingContext2D c = (CanvasRenderingContext2D) canvas.getContext("2d");
        String text = Page.computedStyle(themed, "--text");
        String muted = Page.computedStyle(themed, "--muted");
        String line = Page.computedStyle(themed, "--border-strong");
        String accent = Page.computedStyle(themed, "--accent");
        String ring = Page.computedStyle(themed, "--current-ring");
        String gate = Page.computedStyle(themed, "--current-bg");
        c.setFillStyle(Page.computedStyle(themed, "--surface"));
        c.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        c.scale(SCALE, SCALE);
        c.setFillStyle(text);
        c.setFont("600 14px sans-serif");
        double room = figure.width() - 16;
        double wide = c.measureText(figure.title).getWidth();
        if (wide > room) { // a long title on a narrow figure: smaller, on the one line
            c.setFont("600 " + NumberText.plain(Math.max(8, 14 * room / wide), 1) + "px sans-serif");
        }
        c.setTextAlign("left");
        c.fillText(figure.title, 8, 18);
        c.translate(0, TITLE);
        for (Strip strip : figure.strips) {
            int hidden = trajectory.hiddenSize();
            for (int i = 0; i < hidden; i++) {
                c.setFillStyle(ColorScale.STATE.css(trajectory.h(strip.step, i)));
                c.fillRect(strip.x, strip.y + strip.height * i / hidden, strip.width, strip.height / hidden + 0.5);
            }
        }
        for (Line chartLine : figure.lines) {
            line(c, chartLine, chartLine.colour.isEmpty() ? line : Page.computedStyle(themed, chartLine.colour));
        }
        c.setFont("12px monospace");
        for (Arrow arrow : figure.arrows) {
            boolean current = arrow.step >= 0 && arrow.step == marked;
            boolean grid = arrow.kind.equals("grid");
            arrow(c, arrow, current ? accent : grid ? Page.computedStyle(themed, "--border") : line,
                    current || arrow.kind.equals("rail") ? 2.5 : grid ? 1 : 1.5);
            if (!arrow.label.isEmpty()) {
                c.setFillStyle(current ? accent : muted);
                c.setTextAlign("left");
                c.fillText(arrow.label, arrow.labelX, arrow.labelY);
            }
        }
        for (Dot dot : figure.dots) {
            dot(c, dot, dot.step >= 0 && dot.step == marked, themed);
        }
        for (Box box : figure.boxes) {
            boolean current = box.step >= 0 && box.step == marked;
            boolean warm = current || box.kind.equals("gate");
            c.setFillStyle(!box.colour.isEmpty() ? Page.computedStyle(themed, box.colour) : warm ? gate
                    : Page.computedStyle(themed, "--surface"));
            c.setStrokeStyle(!box.colour.isEmpty() ? Page.computedStyle(themed, "--surface")
                    : warm || box.kind.equals("pointwise") || box.kind.equals("squash") ? ring : line);
            c.setLineWidth(current ? 2.5 : 1.25);
            c.beginPath();
            if (box.shape == Box.Shape.CIRCLE) {
                c.arc(box.x, box.y, box.width / 2, 0, 2 * Math.PI);
            } else {
                c.rect(box.x - box.width / 2, box.y - box.height / 2, box.width, box.height);
            }
            c.fill();
            c.stroke();
            c.setFillStyle(text);
            c.setTextAlign("center");
            c.setFont("bold 12px monospace");
            c.fillText(box.label, box.x, box.value.isEmpty() ? box.y + 4 : box.y - 4);
            c.setFont("11px monospace");
            if (!box.value.isEmpty()) {
                c.fillText(box.value, box.x, box.y + 11);
            }
            if (box.bar >= 0) {
                double width = box.width - 10;
                c.setFillStyle(accent);
                c.fillRect(box.x - width / 2, box.y + box.height / 2 - 6, width * Math.max(0, Math.min(1, box.bar)), 3);
            }
        }
        c.setFillStyle(muted);
        for (Label label : figure.labels) {
            c.setTextAlign(label.anchor.equals("middle") ? "center" : label.anchor.equals("end") ? "right" : "left");
            c.fillText(label.text, label.x, label.y);
        }
        return canvas;
    }

    /** A dot in its symbol's colour (the text's for none), filled or hollow, dashed or not; the step being read ringed in the text's colour. */
    private static void dot(CanvasRenderingContext2D c, Dot dot, boolean current, HTMLElement themed) {
        String colour = Page.computedStyle(themed, dot.symbol >= 0 ? "--symbol-" + dot.symbol : "--text");
        double half = dot.size / 2;
        double[] corners = {dot.x, dot.y - half, dot.x + half, dot.y, dot.x, dot.y + half, dot.x - half, dot.y};
        c.beginPath();
        if (dot.shape == Dot.Shape.CIRCLE) {
            c.arc(dot.x, dot.y, half, 0, 2 * Math.PI);
        } else {
            c.moveTo(corners[0], corners[1]);
            for (int k = 2; k < corners.length; k += 2) {
                c.lineTo(corners[k], corners[k + 1]);
            }
            c.closePath();
        }
        c.setFillStyle(dot.filled ? colour : Page.computedStyle(themed, "--surface"));
        c.fill();
        c.setStrokeStyle(current ? Page.computedStyle(themed, "--text") : dot.kind.equals("step") ? Page.computedStyle(themed,
                "--surface") : colour);
        c.setLineWidth(current ? 3 : dot.kind.equals("step") ? 1 : 2);
        if (dot.dashed && dot.shape == Dot.Shape.DIAMOND) {
            c.beginPath();
            for (int k = 0; k < corners.length; k += 2) {
                dashes(c, corners[k], corners[k + 1], corners[(k + 2) % corners.length], corners[(k + 3) % corners.length]);
            }
        }
        c.stroke();
    }

    /** The line from (x0, y0) to (x1, y1) as dashes of 3 and gaps of 2, as the plot's CSS draws it (no array reaches the canvas). */
    private static void dashes(CanvasRenderingContext2D c, double x0, double y0, double x1, double y1) {
        double length = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0));
        for (double at = 0; at < length; at += 5) {
            double end = Math.min(length, at + 3);
            c.moveTo(x0 + (x1 - x0) * at / length, y0 + (y1 - y0) * at / length);
            c.lineTo(x0 + (x1 - x0) * end / length, y0 + (y1 - y0) * end / length);
        }
    }

    private static void line(CanvasRenderingContext2D c, Line line, String colour) {
        double[] p = line.points;
        c.setStrokeStyle(colour);
        c.setLineWidth(line.width);
        c.<Dashes>cast().setLineDash(line.dashed ? DASHED : SOLID);
        c.beginPath();
        c.moveTo(p[0], p[1]);
        for (int k = 2; k < p.length; k += 2) {
            c.lineTo(p[k], p[k + 1]);
        }
        c.stroke();
        c.<Dashes>cast().setLineDash(SOLID);
    }

    /** The canvas's setLineDash, taking a Java array. */
    interface Dashes extends JSObject {
        void setLineDash(double[] segments);
    }

    private static final double[] DASHED = {6, 4};
    private static final double[] SOLID = {};

    private static void arrow(CanvasRenderingContext2D c, Arrow arrow, String colour, double width) {
        double[] p = arrow.points;
        c.setStrokeStyle(colour);
        c.setFillStyle(colour);
        c.setLineWidth(width);
        c.beginPath();
        c.moveTo(p[0], p[1]);
        for (int k = 2; k < p.length; k += 2) {
            c.lineTo(p[k], p[k + 1]);
        }
        c.stroke();
        if (!arrow.headed()) {
            return;
        }
        int n = p.length;
        double dx = p[n - 2] - p[n - 4];
        double dy = p[n - 1] - p[n - 3];
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double tipX = p[n - 2];
        double tipY = p[n - 1];
        c.beginPath();
        c.moveTo(tipX, tipY);
        c.lineTo(tipX - 8 * ux + 4 * uy, tipY - 8 * uy - 4 * ux);
        c.lineTo(tipX - 8 * ux - 4 * uy, tipY - 8 * uy + 4 * ux);
        c.closePath();
        c.fill();
    }
}
