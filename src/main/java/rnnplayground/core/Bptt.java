package rnnplayground.core;

/**
 * Backpropagation through time: the loss of a trajectory's predictions and its gradient with
 * respect to every parameter of the network, the readout's first, then the cell's step by step from
 * the last step back to the first (min-char-rnn's order). The gradient stops at the initial state.
 */
public final class Bptt {
    private static final int V = Alphabet.SIZE;
    private final Network network;
    private final Predictions predictions = new Predictions();
    /** dL/ds_t while going back: the whole state, h first. */
    private final double[] dState;
    private final double[] dy = new double[V];
    /** The positions of a pass that scores every step: from, from + 1, … */
    private int[] every = new int[0];

    public Bptt(Network network) {
        this.network = network;
        this.dState = new double[network.cell.stateSize()];
    }

    /**
     * The mean cross-entropy of predicting {@code targets[from + t]} after step t of the trajectory,
     * for t in [0, count); puts its gradient into every {@link Param#dw} (replacing what was there).
     */
    public double lossAndGradients(Trajectory trajectory, int[] targets, int from, int count) {
        if (every.length < count) {
            every = new int[count];
        }
        for (int t = 0; t < count; t++) {
            every[t] = from + t;
        }
        return lossAndGradients(trajectory, targets, from, count, every, count);
    }

    /**
     * The same for the predictions of the scored positions only: the mean cross-entropy of predicting
     * {@code symbols[p]} after step p - 1, for each p of {@code scored} (rising, from 1 on), the
     * trajectory having read the symbols before the last of them. The other steps' predictions count
     * for nothing, but the gradient still goes back through every step to the first. With every
     * position from 1 on scored, the bits of {@code lossAndGradients(trajectory, symbols, 1, count)}.
     */
    public double lossAndGradients(Trajectory trajectory, int[] symbols, int[] scored) {
        return lossAndGradients(trajectory, symbols, 1, scored[scored.length - 1], scored, scored.length);
    }

    /**
     * The loss of predicting {@code targets[p]} after step p - from for the first {@code terms} positions
     * p of {@code scored}, over a trajectory of {@code count} steps. (Never called with a null list:
     * TeaVM 0.16's WebAssembly GC backend fails on indexing an array it has inlined as null.)
     */
    private double lossAndGradients(Trajectory trajectory, int[] targets, int from, int count, int[] scored,
            int terms) {
        RecurrentCell cell = network.cell;
        Readout readout = network.readout;
        float[] states = trajectory.states();
        Gradients.zero(network.params());
        predictions.update(readout, trajectory, count);
        double loss = predictions.loss(targets, from, scored, terms);
        int next = terms - 1; // the index in scored of the last position not gone back through yet
        Kernels.zero(dState);
        for (int t = count - 1; t >= 0; t--) {
            if (next >= 0 && scored[next] == from + t) {
                // L = mean over the scored t of -log p_t[target_t], p_t = softmax(y_t)
                //   =>  dy_t = (p_t - onehot(target_t)) / terms
                outputGradient(predictions, t, targets[from + t], terms, dy);
                // y_t = W_hy h_t + b_y  =>  dW_hy += dy_t h_t^T, db_y += dy_t, dh_t += W_hy^T dy_t
                readout.accumulate(dy, states, trajectory.offset(t));
                readout.backIntoState(dy, dState);
                next--;
            }
            // s_t = cell(x_t, s_{t-1})  =>  the cell's gradients, and dL/ds_{t-1}
            cell.backward(trajectory.step(t), dState, null, true);
        }
        // the matrices' sums over the steps, each entry's products in the order of the steps above
        readout.flushGradients();
        cell.flushGradients();
        return loss;
    }

    /**
     * dL/dy_t for L the mean over {@code count} steps of -log p_t[target]: (p_t - onehot(target)) / count,
     * into {@code dy}.
     */
    static void outputGradient(Predictions predictions, int t, int target, int count, double[] dy) {
        for (int k = 0; k < V; k++) {
            dy[k] = (predictions.probability(t, k) - (k == target ? 1 : 0)) / count;
        }
    }

    /** The predictions of the last {@link #lossAndGradients} call. */
    public Predictions predictions() {
        return predictions;
    }
}
