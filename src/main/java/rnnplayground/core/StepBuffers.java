package rnnplayground.core;

/**
 * Where one step of a cell reads and writes: the symbol x_t, the state buffer with s_{t-1} at
 * {@code prevOffset} and s_t at {@code offset}, and the gate buffer with the step's gates at
 * {@code gateOffset}. One is reused for every step of a pass ({@link #at}), so that a pass allocates
 * nothing.
 */
public final class StepBuffers {
    public int symbol;
    public float[] states;
    public int prevOffset;
    public int offset;
    public float[] gates;
    public int gateOffset;

    /** Points this at a step; returns it. */
    public StepBuffers at(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset) {
        this.symbol = symbol;
        this.states = states;
        this.prevOffset = prevOffset;
        this.offset = offset;
        this.gates = gates;
        this.gateOffset = gateOffset;
        return this;
    }
}
