package rnnplayground.app.figures;

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
}
