package rnnplayground.core;

/**
 * How much a chosen value depends on every earlier step: the gradient of the value (a state entry
 * s_t[k], or the loss) with respect to each earlier state s_j and input x_j, by Jacobian-vector
 * products taken backwards through the cell's own backward step (no parameter gradients). From it,
 * per step j: ‖∂v/∂h_j‖, ‖∂v/∂s_j‖ (the LSTM's c included), |∂v/∂h_j[d]| per dimension and
 * ‖∂v/∂x_j‖, which earlier symbol mattered. Steps after the value's own have no influence: 0. Buffers
 * are reused across choices.
 */
public final class Influence {
    private static final int V = Alphabet.SIZE;
    private final Network network;
    private final Predictions predictions = new Predictions();
    private final double[] dState;
    private final double[] dx = new double[V];
    private final double[] dy = new double[V];
    private double[] hiddenNorms = new double[0];
    private double[] stateNorms = new double[0];
    private double[] inputNorms = new double[0];
    private double[] dimensions = new double[0];
    private int steps;

    public Influence(Network network) {
        this.network = network;
        this.dState = new double[network.cell.stateSize()];
    }

    /** The influence of every step on s_t[k] (k < H: h_t[k]; the LSTM's c_t[i] is k = H + i). */
    public void ofState(Trajectory trajectory, int t, int k) {
        start(trajectory);
        dState[k] = 1;
        for (int j = t; j >= 0; j--) {
            back(trajectory, j);
        }
    }

    /**
     * The influence of every step on the loss of the trajectory's sequence (each step but the last
     * predicting the next symbol); refuses a sequence of fewer than two symbols.
     */
    public void ofLoss(Trajectory trajectory) {
        int count = trajectory.steps() - 1;
        Trainer.checkPredictable(trajectory.steps());
        start(trajectory);
        predictions.update(network.readout, trajectory, count);
        for (int j = count - 1; j >= 0; j--) {
            Bptt.outputGradient(predictions, j, trajectory.symbol(j + 1), count, dy);
            network.readout.backIntoState(dy, dState);
            back(trajectory, j);
        }
    }

    /**
     * The influence of every step up to t on y_t[symbol], the score the readout gives {@code symbol}
     * after step t: how much the prediction of that symbol depends on each earlier state and input.
     */
    public void ofScore(Trajectory trajectory, int t, int symbol) {
        start(trajectory);
        Kernels.zero(dy);
        dy[symbol] = 1;
        network.readout.backIntoState(dy, dState);
        for (int j = t; j >= 0; j--) {
            back(trajectory, j);
        }
    }

    private void start(Trajectory trajectory) {
        steps = trajectory.steps();
        int hidden = network.hiddenSize();
        if (hiddenNorms.length < steps) {
            hiddenNorms = new double[steps];
            stateNorms = new double[steps];
            inputNorms = new double[steps];
            dimensions = new double[steps * hidden];
        }
        Kernels.zero(hiddenNorms);
        Kernels.zero(stateNorms);
        Kernels.zero(inputNorms);
        Kernels.zero(dimensions);
        Kernels.zero(dState);
    }

    /** Records ∂v/∂s_j (in dState), then steps back through step j: ∂v/∂x_j, and dState becomes ∂v/∂s_{j-1}. */
    private void back(Trajectory trajectory, int j) {
        int hidden = network.hiddenSize();
        double hidden2 = 0;
        for (int d = 0; d < hidden; d++) {
            hidden2 += dState[d] * dState[d];
            dimensions[j * hidden + d] = Math.abs(dState[d]);
        }
        double state2 = hidden2;
        for (int d = hidden; d < dState.length; d++) {
            state2 += dState[d] * dState[d];
        }
        hiddenNorms[j] = Math.sqrt(hidden2);
        stateNorms[j] = Math.sqrt(state2);
        network.cell.backward(trajectory.step(j), dState, dx, false);
        double input2 = 0;
        for (int m = 0; m < V; m++) {
            input2 += dx[m] * dx[m];
        }
        inputNorms[j] = Math.sqrt(input2);
    }

    /** The steps of the last trajectory asked about. */
    public int steps() {
        return steps;
    }

    /** ‖∂v/∂h_j‖. */
    public double hiddenNorm(int j) {
        return hiddenNorms[j];
    }

    /** ‖∂v/∂s_j‖, the whole state: for the LSTM, h and c. */
    public double stateNorm(int j) {
        return stateNorms[j];
    }

    /** |∂v/∂h_j[d]|. */
    public double dimension(int j, int d) {
        return dimensions[j * network.hiddenSize() + d];
    }

    /** ‖∂v/∂x_j‖: how much the symbol read at step j mattered. */
    public double inputNorm(int j) {
        return inputNorms[j];
    }

    /**
     * The measured change of ‖∂v/∂h‖ per step going back from step {@code to} to step {@code from}:
     * (‖∂v/∂h_from‖ / ‖∂v/∂h_to‖)^(1 / (to - from)), below 1 where the influence fades, above 1 where it
     * grows; 0 where it has vanished altogether.
     */
    public double ratePerStep(int from, int to) {
        if (from >= to) {
            throw new IllegalArgumentException("the rate is measured from an earlier step to a later one");
        }
        if (!(hiddenNorms[from] > 0) || !(hiddenNorms[to] > 0)) {
            return 0;
        }
        double logPerStep = ExpLog.log(hiddenNorms[from] / hiddenNorms[to]) / (to - from);
        return logPerStep <= 0 ? ExpLog.exp(logPerStep) : 1 / ExpLog.exp(-logPerStep);
    }
}
