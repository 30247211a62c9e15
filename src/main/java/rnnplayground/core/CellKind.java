package rnnplayground.core;

/**
 * What a cell says of itself, whatever its size: its key and name, its equations, where it comes
 * from, a sentence on what it keeps of a step, its gates and its state beyond h. Views, prose, exports
 * and the benchmark read this instead of naming a cell.
 */
public final class CellKind {
    /** "rnn", "gru", …: the cell's key in links and exports. */
    public final String key;
    /** "Plain RNN", "GRU", …: the cell's name for people. */
    public final String name;
    /** Its equations in plain text, e.g. "h_t = tanh(W_xh x_t + W_hh h_(t-1) + b)", for exports. */
    public final String equations;
    /** Where it comes from, for the prose: e.g. "Cho et al. (2014)". */
    public final String reference;
    /**
     * What decides how much of a step the state keeps, a sentence that completes "In the GRU, …", e.g.
     * "the update gate z decides how much of the old state to keep".
     */
    public final String memory;
    /** Whether it has recurrent matrices, which the recurrent scale ρ rescales. */
    public final boolean recurrentMatrices;
    public final Gate[] gates;
    /** Its state beyond h, in the order it follows h; none for most cells. */
    public final StatePart[] furtherState;
    /** Floats per step in the gate buffer, in units of H: the gates shown and whatever backward needs. */
    public final int gateSlots;
    /** Its step, operation by operation, for its diagram. */
    public final FlowOp[] flow;

    public CellKind(String key, String name, String equations, String reference, String memory,
            boolean recurrentMatrices, Gate[] gates, StatePart[] furtherState, int gateSlots, FlowOp... flow) {
        this.key = key;
        this.name = name;
        this.equations = equations;
        this.reference = reference;
        this.memory = memory;
        this.recurrentMatrices = recurrentMatrices;
        this.gates = gates;
        this.furtherState = furtherState;
        this.gateSlots = gateSlots;
        this.flow = flow;
    }

    /** Floats per step in the state buffer, in units of H: h, then any further state. */
    public int stateSlots() {
        return 1 + furtherState.length;
    }
}
