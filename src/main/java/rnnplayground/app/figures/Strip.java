package rnnplayground.app.figures;

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
}
