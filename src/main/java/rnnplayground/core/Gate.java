package rnnplayground.core;

/**
 * A named gate of a cell, as the cell declares it: what it is called, its symbol in the equations,
 * its role in words, its nonlinearity, whether it reads the previous state or the input alone, and
 * where its H values sit in the cell's per-step gate buffer ({@code slot} × H from a step's start).
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

    /** The function a gate's pre-activation goes through, as a diagram labels its box. */
    public enum Activation {
        SIGMOID("σ", Range.UNIT), TANH("tanh", Range.SIGNED), LINEAR("linear", Range.UNBOUNDED);

        public final String label;
        public final Range range;

        Activation(String label, Range range) {
            this.label = label;
            this.range = range;
        }
    }

    /** What it is called, e.g. "update". */
    public final String name;
    /** Its symbol in the equations, in the terms' markup, e.g. "z". */
    public final String symbol;
    /** What it does, in words, e.g. "how much of the previous state to keep". */
    public final String role;
    public final Activation activation;
    public final Range range;
    /** Whether it reads the previous state (a recurrent matrix) or the input alone. */
    public final boolean readsState;
    /** Where its H values start within a step's gate buffer, in units of H. */
    public final int slot;

    public Gate(String name, String symbol, String role, Activation activation, boolean readsState, int slot) {
        this.name = name;
        this.symbol = symbol;
        this.role = role;
        this.activation = activation;
        this.range = activation.range;
        this.readsState = readsState;
        this.slot = slot;
    }

    /**
     * What it is called in a sentence: "update gate" for a σ gate, which multiplies; a value on offer that
     * is not one (a tanh or linear candidate) by its name alone, "candidate", "input value".
     */
    public String called() {
        return activation == Activation.SIGMOID ? name + " gate" : name;
    }

    /** "z_{t} = σ(sum)": the line of the arithmetic that gives the gate's stored value. */
    String storedSymbol() {
        String sub = symbol + "_{t}";
        return activation == Activation.LINEAR ? sub + " = sum" : sub + " = " + activation.label + "(sum)";
    }
}
