package rnnplayground.core;

/** h_t = tanh(W_xh x_t + W_hh h_{t-1} + b), with x_t the one-hot vector of the symbol read. */
public final class VanillaCell implements RecurrentCell {
    public final Weights weights;
    /** W_hh h_{t-1} of the step being computed: reused, so that a step allocates nothing. */
    private final double[] recurrent;

    public VanillaCell(Weights weights) {
        this.weights = weights;
        this.recurrent = new double[weights.hiddenSize];
    }

    @Override
    public int hiddenSize() {
        return weights.hiddenSize;
    }

    /** tanh of {@link #preActivation} for every i, the same sum term for term, W_hh read four rows at a time. */
    @Override
    public void step(int symbol, float[] states, int prevOffset, int offset) {
        int hidden = weights.hiddenSize;
        int inputs = weights.inputSize;
        float[] wxh = weights.wxh;
        float[] b = weights.b;
        Kernels.matVec(weights.whh, hidden, hidden, states, prevOffset, recurrent);
        for (int i = 0; i < hidden; i++) {
            states[offset + i] = (float) Kernels.tanh(wxh[i * inputs + symbol] + recurrent[i] + b[i]);
        }
    }

    /** (W_xh x_t)_i: the one-hot x_t picks column {@code symbol} of W_xh. */
    public double inputTerm(int i, int symbol) {
        return weights.wxh[i * weights.inputSize + symbol];
    }

    /** (W_hh h_{t-1})_i. */
    public double recurrentTerm(int i, float[] states, int prevOffset) {
        return Kernels.dot(weights.whh, i * weights.hiddenSize, states, prevOffset, weights.hiddenSize);
    }

    /** b_i. */
    public double biasTerm(int i) {
        return weights.b[i];
    }

    /** The argument of tanh for dimension i. */
    public double preActivation(int i, int symbol, float[] states, int prevOffset) {
        return inputTerm(i, symbol) + recurrentTerm(i, states, prevOffset) + biasTerm(i);
    }
}
