package rnnplayground.core;

import java.util.List;

/**
 * One step of a recurrent network, forward and backward. A cell reads a symbol x_t (an index into the
 * {@link Alphabet}) and its previous state s_{t-1}, and writes s_t. A state is {@link #stateSize()}
 * floats: h first (H of them), then any further state its {@link CellKind} declares (the LSTM's c). A
 * step also writes {@link #gateSize()} floats into a per-step gate buffer: its gates, for the views,
 * and whatever its backward step needs. Every value the model stores is a float, and what a step
 * computes from a stored value reads the stored float, so that the terms of {@link #terms} add up to
 * what is stored.
 */
public interface RecurrentCell {
    /** What the cell says of itself: key, name, equations, gates, further state. */
    CellKind kind();

    /** "rnn", "gru", …: the cell's key in links and exports. */
    default String key() {
        return kind().key;
    }

    /** "Plain RNN", "GRU", …: the cell's name for people. */
    default String displayName() {
        return kind().name;
    }

    /** The gates the views show, with where their values sit in a step's gate buffer. */
    default Gate[] gates() {
        return kind().gates;
    }

    /** H, the size of h. */
    int hiddenSize();

    /** Floats per step in the state buffer: h first, then any further state. */
    int stateSize();

    /** Floats per step in the gate buffer. */
    int gateSize();

    /** The cell's parameters, in a fixed documented order. */
    Param[] params();

    /** Reads x_t and s_{t-1} where {@code step} points, writes s_t and the step's gates there. Allocates nothing. */
    void step(StepBuffers step);

    /**
     * The step backwards: given dL/ds_t in {@code dState} (stateSize doubles), replaces it with
     * dL/ds_{t-1}. When {@code accumulate}, adds the gradients of the parameters into each
     * {@link Param#dw}, those of the recurrent matrices once {@link #flushGradients} is called; when
     * {@code dx} is not null, writes dL/dx_t into it (one double per symbol of the alphabet). The
     * buffers are those {@link #step} read and wrote, and must keep their values until the flush.
     * Allocates nothing once its buffers have grown to the steps of a pass.
     */
    void backward(StepBuffers step, double[] dState, double[] dx, boolean accumulate);

    /**
     * Tells the cell that its weights stay as they are until the next {@link #flushGradients}: a pass
     * of training, its steps forwards then backwards. The cell may compute ahead what depends on its
     * weights alone; its steps give the same bits with or without.
     */
    default void holdWeights() {
    }

    /**
     * Adds into each {@link Param#dw} the gradients that {@link #backward} left pending: those of the
     * recurrent matrices, a sum over the steps that is taken at the end of a pass. A cell that leaves
     * nothing pending has nothing to do.
     */
    default void flushGradients() {
    }

    /**
     * The arithmetic of dimension i at the step computed with these buffers: for every gate and state
     * update, its terms as the model computed them, ending with the stored value.
     */
    List<Term> terms(StepBuffers step, int i);
}
