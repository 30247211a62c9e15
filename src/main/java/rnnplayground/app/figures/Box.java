package rnnplayground.app.figures;

import java.util.Objects;

/**
 * A box of a figure, a rectangle or a circle (a pointwise operation) centred at (x, y): its label, an
 * optional value under it and a bar for that value's share of its range (from 0 to 1; -1 for none).
 */
public final class Box {
    public enum Shape {
        RECTANGLE, CIRCLE
    }

    public final String id;
    public final String kind;
    public final Shape shape;
    public final double x;
    public final double y;
    public final double width;
    public final double height;
    public final String label;
    public final String value;
    public final double bar;
    /** The step it belongs to, or -1. */
    public final int step;
    public final Action action;
    /** What a screen reader says of it. */
    public final String description;
    /** The CSS custom property its shape is filled with (a chart's series, "--series-2"), or "" for its kind's. */
    public final String colour;

    public Box(String id, String kind, Shape shape, double x, double y, double width, double height, String label,
            String value, double bar, int step, Action action, String description) {
        this(id, kind, shape, x, y, width, height, label, value, bar, step, action, description, "");
    }

    public Box(String id, String kind, Shape shape, double x, double y, double width, double height, String label,
            String value, double bar, int step, Action action, String description, String colour) {
        this.id = id;
        this.kind = kind;
        this.shape = shape;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.label = label;
        this.value = value;
        this.bar = bar;
        this.step = step;
        this.action = action;
        this.description = description;
        this.colour = colour;
    }

    /** Parts are equal when they would be drawn the same: a figure redrawn replaces only the parts that differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Box)) {
            return false;
        }
        Box o = (Box) other;
        return Objects.equals(id, o.id) && Objects.equals(kind, o.kind) && Objects.equals(shape, o.shape) && x == o.x
                && y == o.y && width == o.width && height == o.height && Objects.equals(label, o.label)
                && Objects.equals(value, o.value) && bar == o.bar && step == o.step
                && Objects.equals(action, o.action) && Objects.equals(description, o.description)
                && Objects.equals(colour, o.colour);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, shape);
    }
}
