package rnnplayground.app.figures;

import java.util.Arrays;
import java.util.Objects;

/**
 * An arrow of a figure, from the box {@code from} to the box {@code to} (or a line's end) along
 * {@code points} (x0, y0, x1, y1, …), its head at the last point, with an optional label at
 * (labelX, labelY).
 */
public final class Arrow {
    public final String from;
    public final String to;
    public final String kind;
    public final double[] points;
    public final String label;
    public final double labelX;
    public final double labelY;
    /** The step it carries a value to, or -1. */
    public final int step;
    public final Action action;
    public final String description;

    public Arrow(String from, String to, String kind, double[] points, String label, double labelX, double labelY,
            int step, Action action, String description) {
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.points = points;
        this.label = label;
        this.labelX = labelX;
        this.labelY = labelY;
        this.step = step;
        this.action = action;
        this.description = description;
    }

    /** Whether it ends in a head: a rail, a plot's trail or a grid line is a plain line. */
    public boolean headed() {
        return !kind.equals("rail") && !kind.equals("trail") && !kind.equals("grid");
    }

    /** Parts are equal when they would be drawn the same: a figure redrawn replaces only the parts that differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Arrow)) {
            return false;
        }
        Arrow o = (Arrow) other;
        return Objects.equals(from, o.from) && Objects.equals(to, o.to) && Objects.equals(kind, o.kind)
                && Arrays.equals(points, o.points) && Objects.equals(label, o.label) && labelX == o.labelX
                && labelY == o.labelY && step == o.step && Objects.equals(action, o.action)
                && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, kind);
    }
}
