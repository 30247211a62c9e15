package rnnplayground.core;

/**
 * The hidden states h_0 .. h_{T-1} a cell produces while reading a sequence (T x H), computed in one
 * pass into a buffer that is reused across runs. Row 0 of the buffer holds h_{-1} = 0.
 */
public final class Trajectory {
    private final RecurrentCell cell;
    private final int hiddenSize;
    private float[] states;
    private int[] symbols;
    private int steps;

    public Trajectory(RecurrentCell cell) {
        this.cell = cell;
        this.hiddenSize = cell.hiddenSize();
        this.states = new float[hiddenSize];
        this.symbols = new int[0];
    }

    public static Trajectory of(RecurrentCell cell, String sequence) {
        Trajectory trajectory = new Trajectory(cell);
        trajectory.update(Alphabet.encode(sequence));
        return trajectory;
    }

    /**
     * Makes this the trajectory of {@code next}, recomputing only from the first step whose symbol
     * changed (the state at step t depends on steps 0..t only). Returns that step.
     */
    public int update(int[] next) {
        int from = 0;
        int common = Math.min(steps, next.length);
        while (from < common && symbols[from] == next[from]) {
            from++;
        }
        if (symbols.length < next.length) {
            int[] grown = new int[next.length];
            System.arraycopy(symbols, 0, grown, 0, steps);
            symbols = grown;
            float[] grownStates = new float[(next.length + 1) * hiddenSize];
            System.arraycopy(states, 0, grownStates, 0, (steps + 1) * hiddenSize);
            states = grownStates;
        }
        for (int t = from; t < next.length; t++) {
            symbols[t] = next[t];
            cell.step(next[t], states, t * hiddenSize, (t + 1) * hiddenSize);
        }
        steps = next.length;
        return from;
    }

    public int steps() {
        return steps;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public int symbol(int t) {
        return symbols[t];
    }

    /** h_t[i]; t = -1 gives the initial state, 0. */
    public float h(int t, int i) {
        return states[(t + 1) * hiddenSize + i];
    }

    /** The buffer holding h_{-1} .. h_{T-1}, row after row; h_t starts at {@link #offset(int)}. */
    public float[] states() {
        return states;
    }

    public int offset(int t) {
        return (t + 1) * hiddenSize;
    }
}
