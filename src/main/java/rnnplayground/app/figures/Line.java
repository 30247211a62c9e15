package rnnplayground.app.figures;

/**
 * A line of a figure without a head, through {@code points} (x0, y0, x1, y1, …): a chart's axis, grid
 * line or series. Its colour is a CSS custom property ("--series-1"), or "" for the figures' line
 * colour; its width is in the figure's units; a dashed line marks a level to compare with.
 */
public final class Line {
    public final String kind;
    public final double[] points;
    public final String colour;
    public final double width;
    public final boolean dashed;

    public Line(String kind, double[] points, String colour, double width, boolean dashed) {
        this.kind = kind;
        this.points = points;
        this.colour = colour;
        this.width = width;
        this.dashed = dashed;
    }
}
