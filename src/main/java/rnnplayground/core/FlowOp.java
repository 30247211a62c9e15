package rnnplayground.core;

/**
 * One operation of a cell's step, as its diagram draws it: what it computes, from what. The names are
 * those of the equations: the inputs "x_t", "h_t−1" and a further state's "c_t−1", a gate's symbol, or
 * the output of an earlier operation; the state's new values are outputs named "h_t", "c_t". A cell's
 * {@link CellKind#flow} lists them in an order in which each comes after its inputs.
 */
public final class FlowOp {
    /** What an operation does. */
    public enum Kind {
        /** A gate of the cell, {@link #gate} its index: a layer with its nonlinearity. */
        GATE,
        /** A layer that is no gate: the plain RNN's tanh(W_xh x + W_hh h + b). */
        LAYER,
        /** Its inputs multiplied element by element (⊙). */
        MULTIPLY,
        /** Its inputs added element by element. */
        ADD,
        /** 1 minus its input. */
        ONE_MINUS,
        /** tanh of its input, with no weights. */
        SQUASH
    }

    /** The symbol read, as a flow names it. */
    public static final String INPUT = "x_t";

    public final Kind kind;
    public final String output;
    public final String[] inputs;
    /** The gate's index in {@link CellKind#gates}, for a {@link Kind#GATE}; -1 otherwise. */
    public final int gate;

    private FlowOp(Kind kind, String output, int gate, String... inputs) {
        this.kind = kind;
        this.output = output;
        this.inputs = inputs;
        this.gate = gate;
    }

    /** The name of a state's value before the step: "h_t−1". */
    public static String previous(String state) {
        return state + "_t−1";
    }

    /** The name of a state's value after the step: "h_t". */
    public static String next(String state) {
        return state + "_t";
    }

    public static FlowOp gate(int gate, String output, String... inputs) {
        return new FlowOp(Kind.GATE, output, gate, inputs);
    }

    public static FlowOp layer(String output, String... inputs) {
        return new FlowOp(Kind.LAYER, output, -1, inputs);
    }

    public static FlowOp multiply(String output, String a, String b) {
        return new FlowOp(Kind.MULTIPLY, output, -1, a, b);
    }

    public static FlowOp add(String output, String a, String b) {
        return new FlowOp(Kind.ADD, output, -1, a, b);
    }

    public static FlowOp oneMinus(String output, String a) {
        return new FlowOp(Kind.ONE_MINUS, output, -1, a);
    }

    public static FlowOp squash(String output, String a) {
        return new FlowOp(Kind.SQUASH, output, -1, a);
    }
}
