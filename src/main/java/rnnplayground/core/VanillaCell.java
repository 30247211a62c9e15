package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain RNN: h_t = tanh(W_xh x_t + W_hh h_{t-1} + b), with x_t the one-hot vector of the symbol
 * read. Its state is h alone; it has no gates. Params, in order (also the order they are drawn in):
 * W_xh (H x V), W_hh (H x H), b (H).
 */
public final class VanillaCell extends AbstractCell {
    static final CellKind KIND = new CellKind("rnn", "Plain RNN", "h_t = tanh(W_xh x_t + W_hh h_(t-1) + b)",
            "Elman (1990)", "every step rewrites the whole state through W_hh and tanh, so nothing decides what to keep",
            true, new Gate[0], new StatePart[0], 0, FlowOp.layer("h_t", FlowOp.INPUT, "h_t−1"));
    private static final String GROUP = "hidden state";

    private final Affine pre;
    /** dL/d(pre-activation) of the step being differentiated. */
    private final double[] dPre;

    private VanillaCell(Affine pre) {
        super(KIND, pre.b.rows, pre);
        this.pre = pre;
        this.dPre = new double[hidden];
    }

    /** W_xh uniform in ±1.5, W_hh uniform then scaled to spectral norm ρ, b uniform in ±0.2, drawn in that order. */
    public static VanillaCell random(Prng prng, int hiddenSize, double recurrentScale) {
        return new VanillaCell(Affine.random(prng, "W_xh", "W_hh", "b", hiddenSize, recurrentScale, 0));
    }

    /** tanh of the pre-activation for every i, the same sum term for term as {@link #terms}. */
    @Override
    public void step(StepBuffers s) {
        Kernels.tanh(pre.prepare(s.states, s.prevOffset, s.symbol), 0, hidden, s.states, s.offset);
    }

    @Override
    public void backward(StepBuffers s, double[] dState, double[] dx, boolean accumulate) {
        // h_t = tanh(p_t)                         =>  dp_t = dh_t ⊙ (1 - h_t²)
        for (int i = 0; i < hidden; i++) {
            double h = s.states[s.offset + i];
            dPre[i] = (1 - h * h) * dState[i];
        }
        // p_t = W_xh x_t + W_hh h_{t-1} + b       =>  dW_xh[:, x_t] += dp_t, dW_hh += dp_t h_{t-1}^T, db += dp_t
        if (accumulate) {
            pre.accumulate(dPre, s.symbol, s.states, s.prevOffset);
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
    public List<Term> terms(StepBuffers s, int i) {
        List<Term> terms = new ArrayList<>();
        pre.terms(terms, GROUP, i, s.symbol, s.states, s.prevOffset, "h_{t−1}");
        terms.add(new Term(GROUP, "h_{t} = tanh(sum)", "squashed into (−1, 1): the stored state",
                s.states[s.offset + i], Term.Kind.NONLINEARITY));
        return terms;
    }

    /**
     * ∂h_t[i]/∂h_{t-1}[j] = (1 - h_t[i]²) W_hh[i, j], an entry of the one-step chain rule
     * ∂h_t/∂h_{t-1} = diag(1 - h_t²) W_hh, for the h_t at {@code states[offset ..]}.
     */
    public double jacobian(int i, int j, float[] states, int offset) {
        double h = states[offset + i];
        return (1 - h * h) * pre.u.w[i * hidden + j];
    }
}
