package rnnplayground.app.figures;

import rnnplayground.app.ExperimentResult;
import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.NumberText;
import rnnplayground.app.RecallExperiment;
import rnnplayground.app.RecallSentences;
import rnnplayground.core.Cells;
import rnnplayground.core.ExpLog;
import rnnplayground.core.RecallTask;

/**
 * The recall experiment's chart: accuracy on the held-out sequences (y, from 0 to 100%) against the
 * gap (x, on a log scale, a tick at each gap tried), a line per cell through the points measured so
 * far, each point the mean of its networks with a bar from the lowest to the highest of them, chance
 * as a dashed line, and a legend under it that names them all. Lines that coincide (two cells that recall everything) stay
 * visible: each cell's line is narrower than the one before it, drawn over it, and its points sit a
 * little to the side. Laid out for a width, so that its text keeps its size on a phone.
 */
public final class RecallChart {
    public static final String TITLE = "How far back can each cell remember?";
    public static final double MIN_WIDTH = 300;
    public static final double MAX_WIDTH = 680;
    static final double LEFT = 46;
    static final double RIGHT = 18;
    static final double TOP = 28;
    static final double PLOT_HEIGHT = 200;
    /** Series colours, CSS custom properties of widget.css, taken in turn. */
    static final int COLOURS = 6;
    private static final double TICK = 5;
    private static final double MARK = 8;
    /** How far apart the cells' points at one gap sit, sideways. */
    private static final double DODGE = 4;
    /** The width of a character of the figures' 11 px monospace text, roughly. */
    private static final double CHAR = 6.7;
    /** The least room between the labels of two gaps. */
    private static final double LABEL_ROOM = 20;
    private static final double LEGEND_ROW = 20;
    private static final double LN2 = 0.6931471805599453;

    private final ExperimentResult result;
    private final Figure figure;
    private final double width;
    private final double right;
    private final double bottom;
    private final double low;
    private final double high;
    private double legendX;
    private double legendY;

    private RecallChart(ExperimentResult result, double width) {
        this.result = result;
        this.width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        this.right = this.width - RIGHT;
        this.bottom = TOP + PLOT_HEIGHT;
        double first = position(result.gap(0));
        double last = position(result.gap(result.gapCount() - 1));
        double margin = last > first ? 0.06 * (last - first) + 0.2 : 1;
        low = first - margin;
        high = last + margin;
        figure = new Figure(title(result), description(result), this.width, 0);
    }

    /** The chart of {@code result}, as far as it is measured, laid out {@code width} wide (within the limits). */
    public static Figure of(ExperimentResult result, double width) {
        RecallChart chart = new RecallChart(result, width);
        chart.axes();
        for (int c = 0; c < result.cellCount(); c++) {
            chart.series(c);
        }
        chart.legend();
        return chart.figure;
    }

    /** Where a gap lies on the log scale: log2 of the gap; a gap of 0 half a doubling left of 1. */
    static double position(int gap) {
        return ExpLog.log(Math.max(gap, 0.5)) / LN2;
    }

    double x(int g) {
        return LEFT + (position(result.gap(g)) - low) / (high - low) * (right - LEFT);
    }

    double y(double accuracy) {
        return bottom - accuracy * PLOT_HEIGHT;
    }

    /** The grid at every quarter, the axes, the chance line, a tick at each gap and the axes' titles. */
    private void axes() {
        for (int quarter = 0; quarter <= 4; quarter++) {
            double y = y(quarter / 4.0);
            figure.lines.add(new Line(quarter == 0 ? "axis" : "grid", new double[] {LEFT, y, right, y},
                    quarter == 0 ? "" : "--border", 1, false));
            label(NumberText.percent(quarter / 4.0), "tick", LEFT - 6, y + 4, "end");
        }
        figure.lines.add(new Line("axis", new double[] {LEFT, TOP, LEFT, bottom}, "", 1, false));
        double chance = y(result.chance());
        figure.lines.add(new Line("chance", new double[] {LEFT, chance, right, chance}, "--muted", 1.5, true));
        double labelled = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < result.gapCount(); g++) {
            double x = x(g);
            figure.lines.add(new Line("tick", new double[] {x, bottom, x, bottom + TICK}, "", 1, false));
            if (x - labelled >= LABEL_ROOM) {
                label(String.valueOf(result.gap(g)), "tick", x, bottom + 18, "middle");
                labelled = x;
            }
        }
        label(fitting("gap: spaces between the symbol and the cue " + RecallTask.CUE + " (log scale)", "gap (log scale)",
                right - LEFT), "axis-title", (LEFT + right) / 2, bottom + 36, "middle");
        label(fitting("accuracy on " + RecallExperiment.HELD_OUT + " held-out sequences", "accuracy", width - 16),
                "axis-title", 8, TOP - 12, "start");
    }

    /** {@code text} if it fits in {@code room}, else {@code shorter}. */
    private static String fitting(String text, String shorter, double room) {
        return text.length() * CHAR <= room ? text : shorter;
    }

    /** Cell c's line through its points measured so far, each point with the spread of its networks. */
    private void series(int c) {
        int measured = 0;
        while (measured < result.gapCount() && result.has(c, measured)) {
            measured++;
        }
        String colour = colour(c);
        String name = Cells.displayName(result.cell(c));
        double dodge = (c - (result.cellCount() - 1) / 2.0) * DODGE;
        if (measured > 1) {
            double[] points = new double[2 * measured];
            for (int g = 0; g < measured; g++) {
                points[2 * g] = x(g) + dodge;
                points[2 * g + 1] = y(result.accuracy(c, g));
            }
            figure.lines.add(new Line("series", points, colour, lineWidth(c), false));
        }
        for (int g = 0; g < measured; g++) {
            double x = x(g) + dodge;
            double lowest = result.lowestAccuracy(c, g);
            double highest = result.highestAccuracy(c, g);
            if (highest > lowest) {
                figure.lines.add(new Line("spread", new double[] {x, y(lowest), x, y(highest)}, colour, 1.5, false));
            }
            figure.boxes.add(new Box("point-" + c + "-" + g, "point", shape(c), x, y(result.accuracy(c, g)), MARK, MARK,
                    "", "", -1, -1, Action.NONE, point(name, c, g), colour));
        }
    }

    /** "GRU, gap 8: 100%", and the spread of its networks when there are several. */
    private String point(String name, int c, int g) {
        String text = name + ", gap " + result.gap(g) + ": " + NumberText.percent(result.accuracy(c, g));
        if (result.networks() == 1) {
            return text;
        }
        String lowest = NumberText.percent(result.lowestAccuracy(c, g));
        String highest = NumberText.percent(result.highestAccuracy(c, g));
        return text + " (" + result.networks() + " networks, " + (lowest.equals(highest) ? "each " + lowest
                : "from " + lowest + " to " + highest) + ")";
    }

    /** A line and a point for each cell, with its name, then chance's dashed line, in rows under the axis title. */
    private void legend() {
        legendX = LEFT;
        legendY = bottom + 62;
        for (int c = 0; c < result.cellCount(); c++) {
            String name = Cells.displayName(result.cell(c));
            double x = legendEntry(name);
            figure.lines.add(new Line("legend", new double[] {x, legendY - 4, x + 20, legendY - 4}, colour(c),
                    lineWidth(c), false));
            figure.boxes.add(new Box("legend-" + c, "point", shape(c), x + 10, legendY - 4, MARK, MARK, "", "", -1, -1,
                    Action.NONE, name, colour(c)));
        }
        double x = legendEntry("chance " + NumberText.percent(result.chance()));
        figure.lines.add(new Line("legend", new double[] {x, legendY - 4, x + 20, legendY - 4}, "--muted", 1.5, true));
        figure.size(width, legendY + 12);
    }

    /** Room for an entry of the legend, on this row or the next, and its label; returns where its swatch starts. */
    private double legendEntry(String text) {
        double entry = 28 + text.length() * CHAR + 18;
        if (legendX > LEFT && legendX + entry > width - 8) {
            legendX = LEFT;
            legendY += LEGEND_ROW;
        }
        double x = legendX;
        label(text, "legend", x + 28, legendY, "start");
        legendX += entry;
        return x;
    }

    private void label(String text, String kind, double x, double y, String anchor) {
        figure.labels.add(new Label(text, kind, x, y, anchor, -1));
    }

    /** The CSS custom property of cell c's colour. */
    static String colour(int c) {
        return "--series-" + (c % COLOURS + 1);
    }

    /** Each cell's line narrower than the one before, so that lines that coincide all show. */
    private double lineWidth(int c) {
        return 1.5 + 2.5 * (result.cellCount() - 1 - c);
    }

    /** Circles and squares in turn, so that neighbouring cells differ in more than colour. */
    private static Box.Shape shape(int c) {
        return c % 2 == 0 ? Box.Shape.CIRCLE : Box.Shape.RECTANGLE;
    }

    /** "How far back can each cell remember? Recall, hidden size 16, 3,000 steps, 4 networks a point": what a downloaded image needs. */
    static String title(ExperimentResult result) {
        ExperimentSettings settings = result.settings();
        return TITLE + " Recall, hidden size " + settings.hiddenSize + ", " + NumberText.grouped(settings.steps)
                + " steps, " + (settings.networks == 1 ? "one network" : settings.networks + " networks") + " a point, "
                + "seed " + Integer.toUnsignedString(settings.seed);
    }

    /** What the chart's axes and points are, in words. */
    public static String caption(ExperimentResult result) {
        ExperimentSettings settings = result.settings();
        return "Recall after a gap: the share of " + RecallExperiment.HELD_OUT + " held-out sequences recalled (up) "
                + "against the gap (across, on a log scale), a line per cell, hidden size " + settings.hiddenSize + ", "
                + NumberText.grouped(settings.steps) + " training steps, each point "
                + (result.networks() == 1 ? "one network" : "the mean of " + result.networks()
                        + " networks, the bar from the lowest to the highest")
                + "; chance (" + NumberText.percent(result.chance()) + ") is the dashed line.";
    }

    /** What the chart shows, in words: its caption, then what each cell did (see {@link RecallSentences}). */
    public static String description(ExperimentResult result) {
        StringBuilder out = new StringBuilder(caption(result));
        for (String sentence : RecallSentences.all(result)) {
            out.append(' ').append(sentence);
        }
        return out.toString();
    }
}
