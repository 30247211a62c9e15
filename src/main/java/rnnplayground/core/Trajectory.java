package rnnplayground.core;

import java.util.List;

/**
 * The states s_0 .. s_{T-1} a cell produces while reading a sequence (T rows of the cell's stateSize
 * floats, h first), and the gates of every step (T rows of gateSize floats), computed into buffers
 * that are reused across runs. Row 0 of the state buffer holds the initial state s_{-1}: zeros unless
 * {@link #restart} sets it.
 */
public final class Trajectory {
    private final RecurrentCell cell;
    private final int hiddenSize;
    private final int stateSize;
    private final int gateSize;
    private float[] states;
    private float[] gates;
    private int[] symbols;
    private int steps;
    /** Steps whose stored values are those of the current weights and initial state. */
    private int valid;
    /** Where the step being computed or differentiated reads and writes, pointed anew for each. */
    private final StepBuffers buffers = new StepBuffers();

    public Trajectory(RecurrentCell cell) {
        this.cell = cell;
        this.hiddenSize = cell.hiddenSize();
        this.stateSize = cell.stateSize();
        this.gateSize = cell.gateSize();
        this.states = new float[stateSize];
        this.gates = new float[0];
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
        return update(next, 0, next.length);
    }

    /** {@link #update(int[])} for the {@code length} symbols of {@code source} from {@code from}. */
    public int update(int[] source, int from, int length) {
        int first = 0;
        int common = Math.min(valid, length);
        while (first < common && symbols[first] == source[from + first]) {
            first++;
        }
        reserve(length);
        for (int t = first; t < length; t++) {
            symbols[t] = source[from + t];
            cell.step(step(t));
        }
        steps = length;
        valid = length;
        return first;
    }

    /** Room for {@code length} steps, so that a trajectory grown a step at a time up to there copies nothing. */
    public void reserve(int length) {
        if (symbols.length < length) {
            int[] grownSymbols = new int[length];
            System.arraycopy(symbols, 0, grownSymbols, 0, steps);
            symbols = grownSymbols;
            float[] grownStates = new float[(length + 1) * stateSize];
            System.arraycopy(states, 0, grownStates, 0, (steps + 1) * stateSize);
            states = grownStates;
            float[] grownGates = new float[length * gateSize];
            System.arraycopy(gates, 0, grownGates, 0, steps * gateSize);
            gates = grownGates;
        }
    }

    /**
     * Makes this a copy of {@code other}, a trajectory of a cell of the same shape: its symbols, initial
     * state, states and gates, as valid as they are there (for weights that are a copy of its cell's).
     */
    public void copy(Trajectory other) {
        if (other.stateSize != stateSize || other.gateSize != gateSize) {
            throw new IllegalArgumentException("a trajectory of a cell of another shape");
        }
        reserve(other.steps);
        System.arraycopy(other.symbols, 0, symbols, 0, other.steps);
        System.arraycopy(other.states, 0, states, 0, (other.steps + 1) * stateSize);
        System.arraycopy(other.gates, 0, gates, 0, other.steps * gateSize);
        steps = other.steps;
        valid = other.valid;
    }

    /** Recomputes every step: the weights have changed (training). */
    public void recompute() {
        for (int t = 0; t < steps; t++) {
            cell.step(step(t));
        }
        valid = steps;
    }

    /** The weights have changed (training): the next {@link #update} recomputes every step. */
    public void invalidate() {
        valid = 0;
    }

    /**
     * Sets the initial state s_{-1} to the stateSize floats of {@code initial} from {@code offset}; the
     * next {@link #update} recomputes every step.
     */
    public void restart(float[] initial, int offset) {
        for (int k = 0; k < stateSize; k++) { // a loop: System.arraycopy's checks cost more than the copy
            states[k] = initial[offset + k];
        }
        valid = 0;
    }

    public RecurrentCell cell() {
        return cell;
    }

    public int steps() {
        return steps;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public int stateSize() {
        return stateSize;
    }

    public int gateSize() {
        return gateSize;
    }

    public int symbol(int t) {
        return symbols[t];
    }

    /** The buffer of symbols read; the first {@link #steps()} are this trajectory's. */
    public int[] symbols() {
        return symbols;
    }

    /** h_t[i]; t = -1 gives the initial state. */
    public float h(int t, int i) {
        return states[(t + 1) * stateSize + i];
    }

    /** s_t[k], k in [0, stateSize): h first, then the cell's other state. */
    public float state(int t, int k) {
        return states[(t + 1) * stateSize + k];
    }

    /** Gate g (an index into the cell's {@link RecurrentCell#gates()}) of step t, dimension i. */
    public float gate(int t, int g, int i) {
        return gates[t * gateSize + cell.gates()[g].slot * hiddenSize + i];
    }

    /**
     * The buffers of step t, for the cell's step, backward step and terms: valid until this is asked
     * for another step.
     */
    public StepBuffers step(int t) {
        return buffers.at(symbols[t], states, t * stateSize, (t + 1) * stateSize, gates, t * gateSize);
    }

    /** The buffer holding s_{-1} .. s_{T-1}, row after row; s_t starts at {@link #offset(int)}. */
    public float[] states() {
        return states;
    }

    public int offset(int t) {
        return (t + 1) * stateSize;
    }

    /** The buffer holding every step's gates; step t's start at {@link #gateOffset(int)}. */
    public float[] gates() {
        return gates;
    }

    public int gateOffset(int t) {
        return t * gateSize;
    }

    /** The arithmetic of dimension i at step t (see {@link RecurrentCell#terms}). */
    public List<Term> terms(int t, int i) {
        return cell.terms(step(t), i);
    }
}
