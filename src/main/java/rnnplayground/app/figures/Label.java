package rnnplayground.app.figures;

import java.util.Objects;

/** A line of text of a figure, anchored at (x, y): "start", "middle" or "end". */
public final class Label {
    public final String text;
    public final String kind;
    public final double x;
    public final double y;
    public final String anchor;
    public final int step;

    public Label(String text, String kind, double x, double y, String anchor, int step) {
        this.text = text;
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.anchor = anchor;
        this.step = step;
    }

    /** Parts are equal when they would be drawn the same: a figure redrawn replaces only the parts that differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Label)) {
            return false;
        }
        Label o = (Label) other;
        return Objects.equals(text, o.text) && Objects.equals(kind, o.kind) && x == o.x && y == o.y
                && Objects.equals(anchor, o.anchor) && step == o.step;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, x);
    }
}
