package rnnplayground.web.training;

import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import rnnplayground.app.LogAxis;
import rnnplayground.app.NumberText;
import rnnplayground.app.StepColumns;
import rnnplayground.app.TrainingLog;
import rnnplayground.app.TrainingText;
import rnnplayground.core.Predictions;
import rnnplayground.web.dom.Page;

/**
 * The loss of every training step, drawn on a canvas: a logarithmic scale (the loss falls by orders of
 * magnitude), the uniform guess ln 6 as a labelled dashed line, a dashed mark where a new part began (a
 * new text or new settings), a line per network when two are compared (before any step, a dot at step
 * 0 for the loss the weights start with), and the gradient's norm before clipping, thin, on a scale of
 * its own at the right that spans the norms seen. Every tick is written as {@link LogAxis} writes it.
 * Many steps to a pixel are drawn as that pixel's lowest to highest value.
 */
public final class LossChart {
    private static final int LEFT = 40;
    private static final int RIGHT = 40;
    private static final int TOP = 6;
    private static final int BOTTOM = 18;
    /** The x axis ends at the first of these (times a power of ten) that holds every step. */
    private static final int[] NICE = {1, 2, 5};

    /** The canvas's setLineDash, taking a Java array (TeaVM's declaration wants a JSArray). */
    interface Dashes extends JSObject {
        void setLineDash(double[] segments);
    }

    private static final double[] DASHED = {4, 3};
    private static final double[] SOLID = {};

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private int width;
    private int height;
    private double ratio = 1;
    private String ink;
    private String[] lines;
    private String norm;
    private String rule;
    private String edit;
    /** Each log's losses, and the first's gradient norms, by pixel column: kept from one drawing to the next. */
    private StepColumns[] losses = new StepColumns[0];
    private final StepColumns norms = new StepColumns(false);

    LossChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    /** Takes the chart's size and colours from the page (after a resize or a change of theme). */
    void layout() {
        ratio = Math.max(1, Window.current().getDevicePixelRatio());
        width = canvas.getClientWidth();
        height = canvas.getClientHeight();
        canvas.setWidth((int) (width * ratio));
        canvas.setHeight((int) (height * ratio));
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        ink = Page.computedStyle(canvas, "--muted");
        lines = new String[] {Page.computedStyle(canvas, "--chart-line"), Page.computedStyle(canvas, "--chart-line-2")};
        norm = Page.computedStyle(canvas, "--muted");
        rule = Page.computedStyle(canvas, "--border-strong");
        edit = Page.computedStyle(canvas, "--mark-changed");
    }

    /**
     * The losses of every log (the first the page's own network, then the compared one); {@code start}
     * holds each network's loss now, drawn at step 0 before any step is taken; the step axis reaches
     * {@code goal} at least (a link's steps being caught up with).
     */
    void draw(TrainingLog[] logs, double[] start, int goal) {
        context.clearRect(0, 0, width, height);
        TrainingLog log = logs[0];
        int extent = extent(Math.max(log.steps(), goal));
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        int columns = Math.max(1, (int) plotWidth);
        if (losses.length != logs.length) {
            losses = new StepColumns[logs.length];
            for (int l = 0; l < logs.length; l++) {
                losses[l] = new StepColumns(true);
            }
        }
        double uniformLoss = Predictions.uniformLoss();
        double highest = uniformLoss;
        double lowest = 0.1;
        for (int l = 0; l < logs.length; l++) {
            losses[l].update(logs[l], extent, columns);
            highest = Math.max(highest, losses[l].highest());
            lowest = Math.min(lowest, losses[l].lowestPositive());
        }
        norms.update(log, extent, columns);
        for (int l = 0; l < logs.length && l < start.length; l++) {
            if (logs[l].steps() == 0 && start[l] > 0) { // only the dot at step 0 shows this loss
                highest = Math.max(highest, start[l]);
                lowest = Math.min(lowest, start[l]);
            }
        }
        double top = LogAxis.log10(highest * 1.15);
        double bottom = Math.max(-6, Math.floor(LogAxis.log10(lowest)));
        context.setFont("11px ui-monospace, monospace");
        context.setLineWidth(1);
        // orders of magnitude, and ln 6
        context.setFillStyle(ink);
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        for (int p = (int) bottom; p <= top; p++) {
            double y = TOP + plotHeight * (top - p) / (top - bottom);
            context.setStrokeStyle(rule);
            context.setGlobalAlpha(0.35);
            horizontal(y, plotWidth);
            context.setGlobalAlpha(1);
            context.fillText(LogAxis.label(p), LEFT - 4, y);
        }
        double uniform = TOP + plotHeight * (top - LogAxis.log10(uniformLoss)) / (top - bottom);
        context.setStrokeStyle(rule);
        context.<Dashes>cast().setLineDash(DASHED);
        horizontal(uniform, plotWidth);
        context.setTextAlign("right");
        context.setTextBaseline("top");
        context.fillText(TrainingText.chanceLine() + ": a uniform guess", LEFT + plotWidth, uniform + 2);
        context.<Dashes>cast().setLineDash(SOLID);
        // the step axis
        context.setTextBaseline("top");
        context.setTextAlign("left");
        context.fillText("0", LEFT, TOP + plotHeight + 4);
        context.setTextAlign("right");
        context.fillText(NumberText.grouped(extent) + " steps", LEFT + plotWidth, TOP + plotHeight + 4);
        // the gradient's norm, thin, on a right-hand scale of its own that spans every norm seen
        if (log.steps() > 0) {
            LogAxis axis = norms.highest() > 0 ? LogAxis.holding(norms.lowestPositive(), norms.highest())
                    : new LogAxis(-1, 0);
            context.setStrokeStyle(norm);
            context.setLineWidth(1);
            context.setGlobalAlpha(0.6);
            trace(norms, plotWidth, plotHeight, axis.top, axis.bottom);
            context.setGlobalAlpha(1);
            context.setTextAlign("left");
            context.setTextBaseline("middle");
            context.setFillStyle(ink);
            int[] ticks = axis.ticks(1);
            int every = Math.max(1, (int) Math.ceil(ticks.length / Math.max(1.0, plotHeight / 14)));
            for (int p : axis.ticks(every)) {
                context.fillText(LogAxis.label(p), LEFT + plotWidth + 4, TOP + plotHeight * (axis.top - p) / (axis.top - axis.bottom));
            }
        }
        // the losses, or before any step the loss the weights start with
        for (int l = 0; l < logs.length; l++) {
            context.setStrokeStyle(lines[l % lines.length]);
            context.setFillStyle(lines[l % lines.length]);
            context.setLineWidth(1.5);
            if (logs[l].steps() > 0) {
                trace(losses[l], plotWidth, plotHeight, top, bottom);
            } else if (l < start.length && start[l] > 0) {
                double y = TOP + plotHeight * (top - clamp(LogAxis.log10(start[l]), bottom, top)) / (top - bottom);
                context.beginPath();
                context.arc(LEFT, y, 3, 0, 2 * Math.PI);
                context.fill();
            }
        }
        // where a new text began, over the lines: the loss and ‖g‖ jump at that very step
        context.setStrokeStyle(edit);
        context.setLineWidth(1);
        context.<Dashes>cast().setLineDash(DASHED);
        for (int e = 0; e < log.edits(); e++) {
            double x = crisp(LEFT + plotWidth * log.editAt(e) / extent);
            context.beginPath();
            context.moveTo(x, TOP);
            context.lineTo(x, TOP + plotHeight);
            context.stroke();
        }
        context.<Dashes>cast().setLineDash(SOLID);
    }

    /**
     * A line through the loss (or the gradient's norm) of every step, on a logarithmic scale from
     * 10^top to 10^bottom; many steps to a pixel column as their lowest to highest value.
     */
    private void trace(StepColumns values, double plotWidth, double plotHeight, double top, double bottom) {
        context.beginPath();
        boolean first = true;
        for (int c = 0; c < values.columns(); c++) {
            if (!values.has(c)) {
                continue;
            }
            double x = LEFT + c * plotWidth / values.columns();
            double yHigh = TOP + plotHeight * (top - clamp(LogAxis.log10(values.high(c)), bottom, top)) / (top - bottom);
            double yLow = TOP + plotHeight * (top - clamp(LogAxis.log10(values.low(c)), bottom, top)) / (top - bottom);
            if (first) {
                context.moveTo(x, yHigh);
                first = false;
            } else {
                context.lineTo(x, yHigh);
            }
            if (yLow != yHigh) {
                context.lineTo(x, yLow);
            }
        }
        context.stroke();
    }

    /** {@code at} moved to the middle of a device pixel, so that a thin rule is one row (or column) of full colour, not two half ones. */
    private double crisp(double at) {
        return (Math.floor(at * ratio) + 0.5) / ratio;
    }

    private static double clamp(double value, double low, double high) {
        return value < low ? low : value > high ? high : value;
    }

    private void horizontal(double y, double plotWidth) {
        context.beginPath();
        context.moveTo(LEFT, crisp(y));
        context.lineTo(LEFT + plotWidth, crisp(y));
        context.stroke();
    }

    /** The end of the step axis: 10, 20, 50, 100, … the first that holds every step. */
    static int extent(int steps) {
        int scale = 10;
        while (true) {
            for (int nice : NICE) {
                if (nice * scale >= steps) {
                    return nice * scale;
                }
            }
            scale *= 10;
        }
    }
}
