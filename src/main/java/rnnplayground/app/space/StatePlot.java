package rnnplayground.app.space;

import java.util.List;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.app.figures.Action;
import rnnplayground.app.figures.Arrow;
import rnnplayground.app.figures.Dot;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.Label;
import rnnplayground.core.Alphabet;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.PrincipalComponents;
import rnnplayground.core.Trajectory;

/**
 * The state-space plot of one network: every step's hidden state h_t as a dot on PC1 and PC2 (the two
 * directions in which the states spread most), coloured by the symbol read, each joined to the next;
 * the fixed points found as diamonds in their symbol's colour, filled when stable, hollow when not,
 * dashed where the search did not converge; the axes with round ticks, the same scale on both (a
 * distance on screen is a distance between states), and a legend under it. A dot selects its step; a
 * diamond shows its point's details (its index in {@link StateSpace#fixedPoints()}).
 */
public final class StatePlot {
    /** The width the plot is laid out for when none is given, and the narrowest and widest it takes. */
    public static final double WIDTH = 320;
    public static final double MIN_WIDTH = 280;
    public static final double MAX_WIDTH = 640;
    static final double LEFT = 38;
    static final double RIGHT = 16;
    static final double TOP = 28;
    static final double MIN_HEIGHT = 120;
    /** The plot is at most this share of its width tall, and at most MAX_HEIGHT. */
    static final double TALLEST = 0.8;
    static final double MAX_HEIGHT = 360;
    /** Under the plot: the tick labels and PC1's name. */
    static final double BELOW = 40;
    static final double LEGEND_ROW = 20;
    static final double LEGEND_LEFT = 8;
    static final double STEP_DOT = 9;
    static final double FIXED_DOT = 14;
    /** Room around the points, as a share of the larger spread. */
    static final double MARGIN = 0.06;
    /** Grid lines about this far apart, at most. */
    static final double TICK_SPACING = 60;

    private final Trajectory trajectory;
    private final StateSpace space;
    private final double width;
    private final Figure figure;
    private double minX;
    private double maxY;
    private double scale;
    private double plotWidth;
    private double plotHeight;

    private StatePlot(String cellName, Trajectory trajectory, StateSpace space, int current, double width) {
        this.trajectory = trajectory;
        this.space = space;
        this.width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        layOut();
        double height = TOP + plotHeight + BELOW + LEGEND_ROW * legendRows() + 6;
        figure = new Figure(title(cellName), description(trajectory, space, current), this.width, height);
    }

    /**
     * The plot of {@code trajectory}'s states in {@code space} (projected, {@link StateSpace#plottable()}),
     * {@code width} wide (within MIN_WIDTH and MAX_WIDTH), its step {@code current} (or -1) named in its
     * description.
     */
    public static Figure of(String cellName, Trajectory trajectory, StateSpace space, int current, double width) {
        StatePlot plot = new StatePlot(cellName, trajectory, space, current, width);
        plot.draw();
        return plot.figure;
    }

    /** The plot {@link #WIDTH} wide. */
    public static Figure of(String cellName, Trajectory trajectory, StateSpace space, int current) {
        return of(cellName, trajectory, space, current, WIDTH);
    }

    static String title(String cellName) {
        return cellName + ": the hidden state at every step, on its two principal components";
    }

    /** What stands in place of the plot when there is none, or "" when there is one. */
    public static String message(StateSpace space) {
        if (space.steps() == 0) {
            return "Type a sequence to see its states here.";
        }
        if (space.steps() == 1) {
            return "One step leaves one state, a single point: type a longer sequence to see a path.";
        }
        return space.plottable() ? "" : "Every step leaves the same state: there is no spread to draw.";
    }

    /** "PC1 (62% of variance)". */
    public static String axisName(PrincipalComponents components, int k) {
        return "PC" + (k + 1) + " (" + NumberText.percent(components.share(k)) + " of variance)";
    }

    /**
     * What the plot shows now, in words: the steps and the shares of their variance, the step being read
     * (if any) and where it is, and the fixed points (or what their search is doing).
     */
    public static String description(Trajectory trajectory, StateSpace space, int current) {
        PrincipalComponents pca = space.components();
        int last = space.steps() - 1;
        StringBuilder out = new StringBuilder("h_0 … h_").append(last).append(" on PC1 and PC2, which hold ")
                .append(NumberText.percent(pca.share(0))).append(" and ").append(NumberText.percent(pca.share(1)))
                .append(" of their variance; each dot coloured by the symbol read.");
        if (current >= 0 && current <= last) {
            out.append(" Step ").append(current).append(" (").append(SymbolText.quoted(trajectory.symbol(current)))
                    .append(") is at ").append(at(pca.projection(current, 0), pca.projection(current, 1))).append('.');
        }
        String points = FixedPointText.summary(space);
        return points.isEmpty() ? out.toString() : out.append(' ').append(points).toString();
    }

    private static String at(double x, double y) {
        return "(" + NumberText.fixed(x, 2) + ", " + NumberText.fixed(y, 2) + ")";
    }

    /**
     * The ranges of the dots (the states and the points found) with a margin, one scale for both axes:
     * the plot is the full width, as tall as the spread along PC2 needs between MIN_HEIGHT and the
     * tallest it may be; a range is widened about its centre to fill the plot.
     */
    private void layOut() {
        PrincipalComponents pca = space.components();
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < space.steps(); t++) {
            lowX = Math.min(lowX, pca.projection(t, 0));
            highX = Math.max(highX, pca.projection(t, 0));
            lowY = Math.min(lowY, pca.projection(t, 1));
            highY = Math.max(highY, pca.projection(t, 1));
        }
        for (FixedPoint p : space.fixedPoints()) {
            double x = space.coordinate(p, 0);
            double y = space.coordinate(p, 1);
            lowX = Math.min(lowX, x);
            highX = Math.max(highX, x);
            lowY = Math.min(lowY, y);
            highY = Math.max(highY, y);
        }
        double margin = MARGIN * Math.max(highX - lowX, highY - lowY);
        lowX -= margin;
        highX += margin;
        lowY -= margin;
        highY += margin;
        plotWidth = width - LEFT - RIGHT;
        double tallest = Math.min(MAX_HEIGHT, TALLEST * plotWidth);
        scale = plotWidth / (highX - lowX);
        plotHeight = (highY - lowY) * scale;
        if (plotHeight > tallest) {
            plotHeight = tallest;
            scale = tallest / (highY - lowY);
        }
        plotHeight = Math.max(MIN_HEIGHT, plotHeight);
        double centreX = (lowX + highX) * 0.5;
        double centreY = (lowY + highY) * 0.5;
        minX = centreX - plotWidth / scale * 0.5;
        maxY = centreY + plotHeight / scale * 0.5;
    }

    private double x(double value) {
        return LEFT + (value - minX) * scale;
    }

    private double y(double value) {
        return TOP + (maxY - value) * scale;
    }

    private double bottom() {
        return TOP + plotHeight;
    }

    private void draw() {
        grid();
        axes();
        trail();
        fixedPoints();
        legend();
    }

    /** Grid lines at round values, the same step on both axes, with their values beside the axes. */
    private void grid() {
        Ticks ticks = new Ticks(TICK_SPACING / scale);
        double maxX = minX + plotWidth / scale;
        double minY = maxY - plotHeight / scale;
        for (int k = 0; k < ticks.count(minX, maxX); k++) {
            double value = ticks.value(minX, k);
            double at = x(value);
            figure.arrows.add(line("grid-x-" + k, "grid", new double[] {at, TOP, at, bottom()}));
            figure.labels.add(new Label(ticks.label(value), "tick", at, bottom() + 14, "middle", -1));
        }
        for (int k = 0; k < ticks.count(minY, maxY); k++) {
            double value = ticks.value(minY, k);
            double at = y(value);
            figure.arrows.add(line("grid-y-" + k, "grid", new double[] {LEFT, at, LEFT + plotWidth, at}));
            figure.labels.add(new Label(ticks.label(value), "tick", LEFT - 4, at + 4, "end", -1));
        }
    }

    private void axes() {
        PrincipalComponents pca = space.components();
        figure.arrows.add(line("pc1", "axis", new double[] {LEFT, bottom(), LEFT + plotWidth + 10, bottom()}));
        figure.arrows.add(line("pc2", "axis", new double[] {LEFT, bottom(), LEFT, TOP - 10}));
        figure.labels.add(new Label(axisName(pca, 0), "axis-name", LEFT + plotWidth, bottom() + 31, "end", -1));
        figure.labels.add(new Label(axisName(pca, 1), "axis-name", LEFT + 8, TOP - 12, "start", -1));
    }

    private static Arrow line(String id, String kind, double[] points) {
        return new Arrow(id, id, kind, points, "", 0, 0, -1, Action.NONE, "");
    }

    /** Each step's dot, and the line into it from the step before (both belong to the step). */
    private void trail() {
        PrincipalComponents pca = space.components();
        for (int t = 1; t < space.steps(); t++) {
            double[] points = {x(pca.projection(t - 1, 0)), y(pca.projection(t - 1, 1)), x(pca.projection(t, 0)),
                y(pca.projection(t, 1))};
            figure.arrows.add(new Arrow("step-" + (t - 1), "step-" + t, "trail", points, "", 0, 0, t, Action.NONE, ""));
        }
        for (int t = 0; t < space.steps(); t++) {
            int symbol = trajectory.symbol(t);
            double px = pca.projection(t, 0);
            double py = pca.projection(t, 1);
            figure.dots.add(new Dot("step", Dot.Shape.CIRCLE, x(px), y(py), STEP_DOT, symbol, true, false, t,
                    Action.selectStep(t), "Step " + t + ", " + SymbolText.quoted(symbol) + ": " + at(px, py)));
        }
    }

    private void fixedPoints() {
        List<FixedPoint> points = space.fixedPoints();
        for (int k = 0; k < points.size(); k++) {
            FixedPoint p = points.get(k);
            figure.dots.add(new Dot("fixed", Dot.Shape.DIAMOND, x(space.coordinate(p, 0)), y(space.coordinate(p, 1)),
                    FIXED_DOT, p.symbol, p.stable(), !p.converged, -1, Action.detail(k), FixedPointText.tooltip(p)));
        }
    }

    private boolean anySlow() {
        for (FixedPoint p : space.fixedPoints()) {
            if (!p.converged) {
                return true;
            }
        }
        return false;
    }

    private int legendRows() {
        return anySlow() ? 3 : 2;
    }

    /** The symbols' colours; the fixed points' marks (the slow points' only when there are some). */
    private void legend() {
        double top = bottom() + BELOW + LEGEND_ROW * 0.5;
        double column = Math.min(60, (width - 2 * LEGEND_LEFT) / Alphabet.SIZE);
        for (int s = 0; s < Alphabet.SIZE; s++) {
            double at = LEGEND_LEFT + s * column;
            figure.dots.add(new Dot("legend", Dot.Shape.CIRCLE, at + 4, top, STEP_DOT, s, true, false, -1, Action.NONE, ""));
            figure.labels.add(new Label(SymbolText.name(s), "legend", at + 13, top + 4, "start", -1));
        }
        double row = top + LEGEND_ROW;
        legendMark(LEGEND_LEFT, row, true, false, "stable fixed point");
        legendMark(LEGEND_LEFT + 170, row, false, false, "unstable");
        if (anySlow()) {
            legendMark(LEGEND_LEFT, row + LEGEND_ROW, false, true, "slow point: the search did not converge");
        }
    }

    private void legendMark(double at, double y, boolean filled, boolean dashed, String text) {
        figure.dots.add(new Dot("legend", Dot.Shape.DIAMOND, at + 6, y, FIXED_DOT - 2, -1, filled, dashed, -1,
                Action.NONE, ""));
        figure.labels.add(new Label(text, "legend", at + 17, y + 4, "start", -1));
    }
}
