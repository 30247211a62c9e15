package rnnplayground.core;

/**
 * A named gate of a cell, for the views: its H values of step t sit in the cell's per-step gate buffer
 * at {@code gateOffset(t) + offset}.
 */
public final class Gate {
    /** The values a gate can take: σ gates 0…1, tanh -1…1, a linear one anything. */
    public enum Range {
        UNIT(0, 1), SIGNED(-1, 1), UNBOUNDED(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        public final double low;
        public final double high;

        Range(double low, double high) {
            this.low = low;
            this.high = high;
        }

        public boolean bounded() {
            return this != UNBOUNDED;
        }
    }

    /** What it is called, e.g. "update". */
    public final String name;
    /** Its symbol in the equations, in the terms' markup, e.g. "z". */
    public final String symbol;
    public final Range range;
    /** Where its H values start within a step's gate buffer. */
    public final int offset;

    public Gate(String name, String symbol, Range range, int offset) {
        this.name = name;
        this.symbol = symbol;
        this.range = range;
        this.offset = offset;
    }
}
