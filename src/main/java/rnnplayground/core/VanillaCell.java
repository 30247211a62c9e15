package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain RNN: h_t = tanh(W_xh x_t + W_hh h_{t-1} + b), with x_t the one-hot vector of the symbol
 * read. Its state is h alone; it has no gates. Params, in order: W_xh (H x V), W_hh (H x H), b (H).
 */
public final class VanillaCell extends AbstractCell {
    public static final String KEY = "rnn";
    public static final String NAME = "Plain RNN";
    private static final String GROUP = "hidden state";

    public final Weights weights;
    private final Affine pre;
    /** dL/d(pre-activation) of the step being differentiated. */
    private final double[] dPre;

    public VanillaCell(Weights weights) {
        this(weights, new Affine(new Param("W_xh", weights.hiddenSize, weights.inputSize, weights.wxh),
                new Param("W_hh", weights.hiddenSize, weights.hiddenSize, weights.whh),
                new Param("b", weights.hiddenSize, 1, weights.b)));
    }

    private VanillaCell(Weights weights, Affine pre) {
        super(KEY, NAME, weights.hiddenSize, weights.hiddenSize, 0, new Gate[0], pre);
        this.weights = weights;
        this.pre = pre;
        this.dPre = new double[weights.hiddenSize];
    }

    /** The plain RNN of {@link WeightInit#random(Prng, int, double)}. */
    public static VanillaCell random(Prng prng, int hiddenSize, double recurrentScale) {
        return new VanillaCell(WeightInit.random(prng, hiddenSize, recurrentScale));
    }

    /** tanh of {@link #preActivation} for every i, the same sum term for term, W_hh read eight rows at a time. */
    @Override
    public void step(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset) {
        double[] p = pre.prepare(states, prevOffset, symbol);
        for (int i = 0; i < hidden; i++) {
            states[offset + i] = (float) Kernels.tanh(p[i]);
        }
    }

    @Override
    public void backward(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset,
            double[] dState, double[] dx, boolean accumulate) {
        // h_t = tanh(p_t)                         =>  dp_t = dh_t ⊙ (1 - h_t²)
        for (int i = 0; i < hidden; i++) {
            double h = states[offset + i];
            dPre[i] = (1 - h * h) * dState[i];
        }
        // p_t = W_xh x_t + W_hh h_{t-1} + b       =>  dW_xh[:, x_t] += dp_t, dW_hh += dp_t h_{t-1}^T, db += dp_t
        if (accumulate) {
            pre.accumulate(dPre, symbol, states, prevOffset);
        }
        //                                          =>  dx_t = W_xh^T dp_t
        if (dx != null) {
            Kernels.zero(dx);
            pre.backIntoInput(dPre, dx);
        }
        //                                          =>  dh_{t-1} = W_hh^T dp_t
        Kernels.zero(dState);
        pre.backIntoSource(dPre, dState);
    }

    @Override
    public List<Term> terms(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset,
            int i) {
        List<Term> terms = new ArrayList<>();
        pre.terms(terms, GROUP, i, symbol, states, prevOffset, "h_{t−1}");
        terms.add(new Term(GROUP, "h_{t} = tanh(sum)", "squashed into (−1, 1): the stored state",
                states[offset + i], Term.Kind.NONLINEARITY));
        return terms;
    }

    /**
     * ∂h_t[i]/∂h_{t-1}[j] = (1 - h_t[i]²) W_hh[i, j], an entry of the one-step chain rule
     * ∂h_t/∂h_{t-1} = diag(1 - h_t²) W_hh, for the h_t at {@code states[offset ..]}.
     */
    public double jacobian(int i, int j, float[] states, int offset) {
        double h = states[offset + i];
        return (1 - h * h) * weights.whh[i * weights.hiddenSize + j];
    }

    /** (W_xh x_t)_i: the one-hot x_t picks column {@code symbol} of W_xh. */
    public double inputTerm(int i, int symbol) {
        return pre.inputTerm(i, symbol);
    }

    /** (W_hh h_{t-1})_i. */
    public double recurrentTerm(int i, float[] states, int prevOffset) {
        return pre.recurrentTerm(i, states, prevOffset);
    }

    /** b_i. */
    public double biasTerm(int i) {
        return weights.b[i];
    }

    /** The argument of tanh for dimension i. */
    public double preActivation(int i, int symbol, float[] states, int prevOffset) {
        return inputTerm(i, symbol) + recurrentTerm(i, states, prevOffset) + biasTerm(i);
    }

    @Override
    public String equations() {
        return "h_t = tanh(W_xh x_t + W_hh h_(t-1) + b)";
    }

    @Override
    public boolean recurrentMatrices() {
        return true;
    }
}
