package rnnplayground.core;

/**
 * One line of a cell's arithmetic for the explanation panel: a term of a gate or of the state update,
 * with the value the model computed for it. The symbol is written in a tiny markup: {@code _{...}}
 * is a subscript, e.g. "W_{z} x_{t}".
 */
public final class Term {
    public enum Kind {
        /** A column of an input matrix, picked by the one-hot x_t. */
        INPUT,
        /** A row of a recurrent matrix times the previous state. */
        RECURRENT,
        BIAS,
        /** The terms above it in its group, added. */
        SUM,
        /** The gate's stored value: tanh or σ of the sum (or the sum itself, for a linear one). */
        NONLINEARITY,
        /** A product of gates and states that the state update adds up. */
        UPDATE,
        /** The stored value of a state. */
        STATE
    }

    /** The quantity this term belongs to: a gate's name, or "cell state", "hidden state". */
    public final String group;
    public final String symbol;
    public final String meaning;
    public final double value;
    public final Kind kind;

    public Term(String group, String symbol, String meaning, double value, Kind kind) {
        this.group = group;
        this.symbol = symbol;
        this.meaning = meaning;
        this.value = value;
        this.kind = kind;
    }

    @Override
    public String toString() {
        return group + ": " + symbol + " = " + value + " (" + kind + ")";
    }
}
