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

    public Bptt(Network network) {
        this.network = network;
        this.dState = new double[network.cell.stateSize()];
    }

    /**
     * The mean cross-entropy of predicting {@code targets[from + t]} after step t of the trajectory,
     * for t in [0, count); puts its gradient into every {@link Param#dw} (replacing what was there).
     */
    public double lossAndGradients(Trajectory trajectory, int[] targets, int from, int count) {
        RecurrentCell cell = network.cell;
        Readout readout = network.readout;
        float[] states = trajectory.states();
        Gradients.zero(network.params());
        predictions.update(readout, trajectory, count);
        double loss = predictions.loss(targets, from, count);
        Kernels.zero(dState);
        for (int t = count - 1; t >= 0; t--) {
            // L = mean_t -log p_t[target_t], p_t = softmax(y_t)  =>  dy_t = (p_t - onehot(target_t)) / count
            outputGradient(predictions, t, targets[from + t], count, dy);
            // y_t = W_hy h_t + b_y  =>  dW_hy += dy_t h_t^T, db_y += dy_t, dh_t += W_hy^T dy_t
            readout.accumulate(dy, states, trajectory.offset(t));
            readout.backIntoState(dy, dState);
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
