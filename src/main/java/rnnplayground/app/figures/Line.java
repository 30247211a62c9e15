package rnnplayground.app.figures;

import java.util.Arrays;
import java.util.Objects;

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

    /** Parts are equal when they would be drawn the same: a figure redrawn replaces only the parts that differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Line)) {
            return false;
        }
        Line o = (Line) other;
        return Objects.equals(kind, o.kind) && Arrays.equals(points, o.points) && Objects.equals(colour, o.colour)
                && width == o.width && dashed == o.dashed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, colour, width);
    }
}
