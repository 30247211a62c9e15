package rnnplayground.app.figures;

import java.util.Objects;

/**
 * A column of colours drawn with the heatmap's own scale: the state after {@code step}, one cell per
 * dimension from the top, in the rectangle from (x, y), {@code width} by {@code height}.
 */
public final class Strip {
    public final int step;
    public final double x;
    public final double y;
    public final double width;
    public final double height;
    public final Action action;

    public Strip(int step, double x, double y, double width, double height, Action action) {
        this.step = step;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.action = action;
    }

    /** Parts are equal when they would be drawn the same: a figure redrawn replaces only the parts that differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Strip)) {
            return false;
        }
        Strip o = (Strip) other;
        return step == o.step && x == o.x && y == o.y && width == o.width && height == o.height
                && Objects.equals(action, o.action);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, x, y);
    }
}
