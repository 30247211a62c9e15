package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain RNN: h_t = tanh(W_xh x_t + W_hh h_{t-1} + b), with x_t the one-hot vector of the symbol
 * read. Its state is h alone; it has no gates. Params, in order: W_xh (H x V), W_hh (H x H), b (H).
 */
public final class VanillaCell implements RecurrentCell {
    public static final String KEY = "rnn";
    public static final String NAME = "Plain RNN";
    private static final Gate[] NO_GATES = new Gate[0];
    private static final String GROUP = "hidden state";

    public final Weights weights;
    private final Param[] params;
    /** W_hh h_{t-1} of the step being computed: reused, so that a step allocates nothing. */
    private final double[] recurrent;
    /** dL/d(pre-activation) of the step being differentiated. */
    private final double[] dPre;

    public VanillaCell(Weights weights) {
        this.weights = weights;
        int hidden = weights.hiddenSize;
        this.params = new Param[] {
            new Param("W_xh", hidden, weights.inputSize, weights.wxh),
            new Param("W_hh", hidden, hidden, weights.whh),
            new Param("b", hidden, 1, weights.b),
        };
        this.recurrent = new double[hidden];
        this.dPre = new double[hidden];
    }

    /** The plain RNN of {@link WeightInit#random(Prng, int, double)}. */
    public static VanillaCell random(Prng prng, int hiddenSize, double recurrentNorm) {
        return new VanillaCell(WeightInit.random(prng, hiddenSize, recurrentNorm));
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String displayName() {
        return NAME;
    }

    @Override
    public int hiddenSize() {
        return weights.hiddenSize;
    }

    @Override
    public int stateSize() {
        return weights.hiddenSize;
    }

    @Override
    public Gate[] gates() {
        return NO_GATES;
    }

    @Override
    public int gateSize() {
        return 0;
    }

    @Override
    public Param[] params() {
        return params;
    }

    /** tanh of {@link #preActivation} for every i, the same sum term for term, W_hh read four rows at a time. */
    @Override
    public void step(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset) {
        int hidden = weights.hiddenSize;
        int inputs = weights.inputSize;
        float[] wxh = weights.wxh;
        float[] b = weights.b;
        Kernels.matVec(weights.whh, hidden, hidden, states, prevOffset, recurrent);
        for (int i = 0; i < hidden; i++) {
            states[offset + i] = (float) Kernels.tanh(wxh[i * inputs + symbol] + recurrent[i] + b[i]);
        }
    }

    @Override
    public void backward(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset,
            double[] dState, double[] dx, boolean accumulate) {
        int hidden = weights.hiddenSize;
        // h_t = tanh(p_t)                          =>  dp_t = dh_t ⊙ (1 - h_t²)
        for (int i = 0; i < hidden; i++) {
            double h = states[offset + i];
            dPre[i] = (1 - h * h) * dState[i];
        }
        if (accumulate) {
            // p_t = W_xh x_t + W_hh h_{t-1} + b    =>  dW_xh[:, x_t] += dp_t, dW_hh += dp_t h_{t-1}^T, db += dp_t
            Kernels.addColumn(params[0].dw, hidden, weights.inputSize, symbol, dPre);
            Kernels.addOuter(params[1].dw, hidden, hidden, dPre, states, prevOffset);
            Kernels.add(params[2].dw, dPre, hidden);
        }
        if (dx != null) {
            // dx_t = W_xh^T dp_t
            Kernels.matTVec(weights.wxh, hidden, weights.inputSize, dPre, dx);
        }
        // dh_{t-1} = W_hh^T dp_t
        Kernels.matTVec(weights.whh, hidden, hidden, dPre, dState);
    }

    @Override
    public List<Term> terms(int symbol, float[] states, int prevOffset, int offset, float[] gates, int gateOffset,
            int i) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(GROUP, "W_{xh} x_{t}", "x_t is one-hot: column " + symbol + " of W_xh",
                inputTerm(i, symbol), Term.Kind.INPUT));
        terms.add(new Term(GROUP, "W_{hh} h_{t−1}", "row " + i + " of W_hh times the previous h",
                recurrentTerm(i, states, prevOffset), Term.Kind.RECURRENT));
        terms.add(new Term(GROUP, "b", "the bias", biasTerm(i), Term.Kind.BIAS));
        terms.add(new Term(GROUP, "sum", "the pre-activation: the three terms added",
                preActivation(i, symbol, states, prevOffset), Term.Kind.SUM));
        terms.add(new Term(GROUP, "h_{t} = tanh(sum)", "squashed into (−1, 1): the stored state",
                states[offset + i], Term.Kind.NONLINEARITY));
        return terms;
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
