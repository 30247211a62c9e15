package rnnplayground.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A gated linear recurrence with an input-dependent decay, in the spirit of Mamba's selective state
 * spaces (Gu & Dao 2023) and of minGRU (Feng et al. 2024): a_t = σ(W_a x_t + b_a),
 * u_t = W_x x_t + b_x, h_t = a_t ⊙ h_{t-1} + (1 - a_t) ⊙ u_t. No tanh on the state: it is a convex mix
 * of the u's, so it stays within the largest |u| but is not bounded by 1. Nothing reads h_{t-1} but
 * the mix itself, so the whole sequence can be computed by a parallel prefix scan ({@link #scan}).
 * It has no recurrent matrix: the recurrent scale ρ does not apply to it. Params, in order (also the
 * order they are drawn in): W_a, b_a, W_x, b_x. A step's gate buffer holds a and u, H floats each.
 */
public final class SelectiveLinearCell extends AbstractCell {
    private static final Gate DECAY = new Gate("decay", "a", "how much of the previous state to keep: chosen by the input",
            Gate.Activation.SIGMOID, false, 0);
    private static final Gate VALUE = new Gate("input value", "u", "the value on offer, not squashed",
            Gate.Activation.LINEAR, false, 1);
    static final CellKind KIND = new CellKind("linear", "Selective linear",
            "a_t = sigmoid(W_a x_t + b_a); u_t = W_x x_t + b_x; h_t = a_t * h_(t-1) + (1 - a_t) * u_t",
            "after Mamba's selective state spaces, Gu & Dao (2023)",
            "its decay gate a, chosen by the symbol alone, decides how much of the old state to keep",
            false, new Gate[] {DECAY, VALUE}, new StatePart[0], 2,
            FlowOp.gate(0, "a", FlowOp.INPUT),
            FlowOp.gate(1, "u", FlowOp.INPUT),
            FlowOp.multiply("a ⊙ h", "a", "h_t−1"),
            FlowOp.oneMinus("1 − a", "a"),
            FlowOp.multiply("(1 − a) ⊙ u", "1 − a", "u"),
            FlowOp.add("h_t", "a ⊙ h", "(1 − a) ⊙ u"));
    /**
     * b_a starts near +2: a near σ(2) = 0.88 before the input's ±1.5 moves it, so that the state keeps
     * most of itself from step to step (a half-life of about five steps) and the cell starts with a
     * memory to learn from, rather than copying its input.
     */
    static final double DECAY_BIAS = 2;

    private final Affine decay;
    private final Affine value;
    /**
     * a and u, both read from the input alone, backwards as one. Forwards each part's pre-activations
     * are read apart: a's σ is kept per symbol, and through the fused buffer the step measured a tenth
     * slower on WebAssembly.
     */
    private final FusedAffine both;
    /** dL/d(pre) of a, then dL/du, H each. */
    private final double[] dPre;
    /**
     * Each symbol's decay as last computed, at [symbol * H + i], with the pre-activation it was
     * computed from: a depends on the symbol alone, so that while the weights stay the same a symbol's
     * σ is taken once, not at every step that reads it (a pass over 25 steps of six symbols takes at
     * most six). The same floats: the σ of the same sum.
     */
    private final float[] decays;
    private final double[] decayPres;

    SelectiveLinearCell(Affine decay, Affine value) {
        super(KIND, decay.b.rows, decay, value);
        this.decay = decay;
        this.value = value;
        both = new FusedAffine(new Affine[] {decay, value}, new Gate[] {DECAY, VALUE});
        dPre = new double[both.size()];
        decays = new float[Alphabet.SIZE * hidden];
        decayPres = new double[decays.length];
        Arrays.fill(decayPres, Double.NaN); // equal to no sum: each computed at its first use
    }

    public static SelectiveLinearCell random(Prng prng, int hiddenSize, double recurrentScale) {
        Affine a = Affine.inputOnly(prng, "a", hiddenSize, DECAY_BIAS);
        Affine x = Affine.inputOnly(prng, "x", hiddenSize, 0);
        return new SelectiveLinearCell(a, x);
    }

    /**
     * Every symbol's decay for the weights a pass of training holds, each row's σ in a loop of its own
     * ({@link Kernels#sigmoid(double[], int, int, float[], int)}): in TeaVM's JavaScript a σ called
     * value by value from the step stays a call, which allocates the number it returns. While the pass
     * holds the weights, a step reads its symbol's decays without checking their sums.
     */
    @Override
    public void holdWeights() {
        super.holdWeights();
        float[] wa = decay.w.w;
        float[] ba = decay.b.w;
        for (int symbol = 0; symbol < Alphabet.SIZE; symbol++) {
            int row = symbol * hidden;
            for (int i = 0; i < hidden; i++) {
                decayPres[row + i] = (double) wa[i * Alphabet.SIZE + symbol] + ba[i];
            }
            Kernels.sigmoid(decayPres, row, hidden, decays, row);
        }
    }

    @Override
    public void step(StepBuffers s) {
        int symbol = s.symbol;
        float[] states = s.states;
        int prevOffset = s.prevOffset;
        int offset = s.offset;
        float[] gates = s.gates;
        int a = s.gateOffset;
        int u = a + hidden;
        float[] known = decays;
        double[] knownPres = decayPres;
        float[] wa = decay.w.w;
        float[] ba = decay.b.w;
        float[] wx = value.w.w;
        float[] bx = value.b.w;
        boolean held = weightsHeld(); // then every symbol's decay is known: see holdWeights
        for (int i = 0; i < hidden; i++) {
            // both pre-activations as Affine#prepare sums them, in this one loop: the one-hot x_t picks a column
            int column = i * Alphabet.SIZE + symbol;
            int c = symbol * hidden + i;
            if (!held) {
                double pa = (double) wa[column] + ba[i];
                if (!(knownPres[c] == pa)) {
                    knownPres[c] = pa;
                    known[c] = (float) Kernels.sigmoid(pa);
                }
            }
            gates[a + i] = known[c];
            gates[u + i] = (float) ((double) wx[column] + bx[i]);
            double ai = gates[a + i];
            states[offset + i] = (float) (ai * states[prevOffset + i] + (1 - ai) * gates[u + i]);
        }
    }

    @Override
    public void backward(StepBuffers s, double[] dState, double[] dx, boolean accumulate) {
        int symbol = s.symbol;
        float[] states = s.states;
        int prevOffset = s.prevOffset;
        float[] gates = s.gates;
        int a = s.gateOffset;
        int u = a + hidden;
        for (int i = 0; i < hidden; i++) {
            double dh = dState[i];
            double ai = gates[a + i];
            // h_t = a ⊙ h_{t-1} + (1 - a) ⊙ u  =>  da = dh ⊙ (h_{t-1} - u), du = dh ⊙ (1 - a), dh_{t-1} = dh ⊙ a
            // a = σ(a_pre)                      =>  da_pre = da ⊙ a (1 - a)
            dPre[i] = dh * ((double) states[prevOffset + i] - gates[u + i]) * ai * (1 - ai);
            dPre[hidden + i] = dh * (1 - ai);
            dState[i] = dh * ai;
        }
        // a_pre = W_a x + b_a, u = W_x x + b_x  =>  dW_a[:, x] += da_pre, db_a += da_pre, dW_x[:, x] += du, db_x += du
        if (accumulate) {
            both.accumulate(dPre, symbol, states, prevOffset);
        }
        if (dx != null) {
            // dx = W_a^T da_pre + W_x^T du
            Kernels.zero(dx);
            both.backIntoInput(dPre, dx);
        }
    }

    @Override
    public List<Term> terms(StepBuffers s, int i) {
        double a = s.gates[s.gateOffset + i];
        double u = s.gates[s.gateOffset + hidden + i];
        List<Term> terms = new ArrayList<>();
        decay.gateTerms(terms, DECAY, i, s, s.states, s.prevOffset, "");
        value.gateTerms(terms, VALUE, i, s, s.states, s.prevOffset, "");
        terms.add(new Term("hidden state", "a_{t} ⊙ h_{t−1}", "the part of the old state kept",
                a * s.states[s.prevOffset + i], Term.Kind.UPDATE));
        terms.add(new Term("hidden state", "(1 − a_{t}) ⊙ u_{t}", "the part of the new value taken", (1 - a) * u,
                Term.Kind.UPDATE));
        terms.add(new Term("hidden state", "h_{t}", "the two added: the stored state", s.states[s.offset + i],
                Term.Kind.STATE));
        return terms;
    }

    /**
     * The states h_0 .. h_{T-1} for {@code symbols} from h_{-1} = 0, by a parallel prefix scan instead of
     * the step-by-step loop: step t is the map h -> A_t h + B_t with A_t = a_t, B_t = (1 - a_t) u_t (a
     * and u as {@link #step} stores them), and maps compose associatively,
     * (A_2, B_2) ∘ (A_1, B_1) = (A_2 A_1, A_2 B_1 + B_2). In round d every step t >= 2^d composes its map
     * with that of step t - 2^d (Hillis and Steele): after log2 T rounds, each of which could run on all
     * steps at once, B_t is h_t. In doubles, row t of the result holding h_t. The sums are associated
     * differently from the loop's, so the two agree to rounding, not to the bit.
     */
    public double[] scan(int[] symbols) {
        int steps = symbols.length;
        double[] factor = new double[steps * hidden];
        double[] offset = new double[steps * hidden];
        float[] gate = new float[2 * hidden];
        StepBuffers buffers = new StepBuffers().at(0, new float[2 * hidden], 0, hidden, gate, 0);
        for (int t = 0; t < steps; t++) {
            buffers.symbol = symbols[t];
            step(buffers);
            for (int i = 0; i < hidden; i++) {
                double a = gate[i];
                factor[t * hidden + i] = a;
                offset[t * hidden + i] = (1 - a) * gate[hidden + i];
            }
        }
        for (int distance = 1; distance < steps; distance *= 2) {
            // from the last step down, so that step t - distance still holds the previous round's map
            for (int t = steps - 1; t >= distance; t--) {
                int now = t * hidden;
                int before = (t - distance) * hidden;
                for (int i = 0; i < hidden; i++) {
                    offset[now + i] = factor[now + i] * offset[before + i] + offset[now + i];
                    factor[now + i] = factor[now + i] * factor[before + i];
                }
            }
        }
        return offset;
    }
}
