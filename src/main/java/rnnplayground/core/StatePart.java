package rnnplayground.core;

/**
 * A part of a cell's state beside h, as the cell declares it (the LSTM's cell state c): what it is
 * called, its symbol and what it holds. Part k sits after h in the state buffer, at (k + 1) × H.
 */
public final class StatePart {
    public final String name;
    public final String symbol;
    public final String role;

    public StatePart(String name, String symbol, String role) {
        this.name = name;
        this.symbol = symbol;
        this.role = role;
    }
}
