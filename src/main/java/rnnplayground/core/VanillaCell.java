package rnnplayground.core;

/** h_t = tanh(W_xh x_t + W_hh h_{t-1} + b), with x_t the one-hot vector of the symbol read. */
public final class VanillaCell implements RecurrentCell {
    public final Weights weights;

    public VanillaCell(Weights weights) {
        this.weights = weights;
    }

    @Override
    public int hiddenSize() {
        return weights.hiddenSize;
    }

    @Override
    public void step(int symbol, float[] states, int prevOffset, int offset) {
        for (int i = 0; i < weights.hiddenSize; i++) {
            states[offset + i] = (float) Kernels.tanh(preActivation(i, symbol, states, prevOffset));
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
