package rnnplayground.app.figures;

import java.util.Objects;

/**
 * A mark of a plot centred at (x, y): a circle or a diamond {@code size} across, in the colour of a
 * symbol (its index in the alphabet; -1 for the text's colour), filled or hollow, with the step it
 * belongs to (-1 for none), what a click does, and what it is in words (its tooltip and its name for
 * a screen reader; "" for a mark that only illustrates a label, as in a legend).
 */
public final class Dot {
    public enum Shape {
        CIRCLE, DIAMOND
    }

    public final String kind;
    public final Shape shape;
    public final double x;
    public final double y;
    public final double size;
    public final int symbol;
    public final boolean filled;
    /** Drawn with a dashed outline: a mark that stands for something uncertain. */
    public final boolean dashed;
    public final int step;
    public final Action action;
    public final String description;

    public Dot(String kind, Shape shape, double x, double y, double size, int symbol, boolean filled, boolean dashed,
            int step, Action action, String description) {
        this.kind = kind;
        this.shape = shape;
        this.x = x;
        this.y = y;
        this.size = size;
        this.symbol = symbol;
        this.filled = filled;
        this.dashed = dashed;
        this.step = step;
        this.action = action;
        this.description = description;
    }

    /** Parts are equal when they would be drawn the same: a figure redrawn replaces only the parts that differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Dot)) {
            return false;
        }
        Dot o = (Dot) other;
        return Objects.equals(kind, o.kind) && Objects.equals(shape, o.shape) && x == o.x && y == o.y
                && size == o.size && symbol == o.symbol && filled == o.filled && dashed == o.dashed && step == o.step
                && Objects.equals(action, o.action) && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, shape, x);
    }
}
