package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Long short-term memory (Hochreiter & Schmidhuber 1997) with a forget gate:
 * i_t, f_t, o_t = σ(W x_t + U h_{t-1} + b) each with its own W, U, b; g_t = tanh(W_g x_t + U_g h_{t-1} + b_g);
 * c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t, h_t = o_t ⊙ tanh(c_t). The state is h then c (2H floats). Params, in
 * order (also the order they are drawn in): W_i, U_i, b_i, W_f, U_f, b_f, W_o, U_o, b_o, W_g, U_g, b_g.
 * A step's gate buffer holds i, f, o, g and tanh(c_t), H floats each.
 */
public final class LstmCell extends AbstractCell {
    private static final Gate INPUT = new Gate("input", "i", "how much of the candidate to write",
            Gate.Activation.SIGMOID, true, 0);
    private static final Gate FORGET = new Gate("forget", "f", "how much of the previous cell state to keep",
            Gate.Activation.SIGMOID, true, 1);
    private static final Gate OUTPUT = new Gate("output", "o", "how much of tanh(c_t) to show as h",
            Gate.Activation.SIGMOID, true, 2);
    private static final Gate CANDIDATE = new Gate("candidate", "g", "the new value on offer", Gate.Activation.TANH,
            true, 3);
    /** i, f, o and g at their places in the gate buffer; tanh(c_t) follows them in slot 4, not shown. */
    static final CellKind KIND = new CellKind("lstm", "LSTM",
            "i_t, f_t, o_t = sigmoid(W x_t + U h_(t-1) + b) each; g_t = tanh(W_g x_t + U_g h_(t-1) + b_g); "
                    + "c_t = f_t * c_(t-1) + i_t * g_t; h_t = o_t * tanh(c_t)",
            "Hochreiter & Schmidhuber (1997); the forget gate: Gers et al. (2000)",
            "the forget gate f decides how much of the cell state c to keep, and c is never squashed on its way",
            true, new Gate[] {INPUT, FORGET, OUTPUT, CANDIDATE},
            new StatePart[] {new StatePart("cell state", "c", "the cell's long-term memory, not bounded by tanh")}, 5,
            FlowOp.gate(1, "f", FlowOp.INPUT, "h_t−1"),
            FlowOp.gate(0, "i", FlowOp.INPUT, "h_t−1"),
            FlowOp.gate(3, "g", FlowOp.INPUT, "h_t−1"),
            FlowOp.gate(2, "o", FlowOp.INPUT, "h_t−1"),
            FlowOp.multiply("f ⊙ c", "f", "c_t−1"),
            FlowOp.multiply("i ⊙ g", "i", "g"),
            FlowOp.add("c_t", "f ⊙ c", "i ⊙ g"),
            FlowOp.squash("tanh c", "c_t"),
            FlowOp.multiply("h_t", "o", "tanh c"));
    /** b_f starts near +1: f near σ(1) = 0.73, so c is mostly kept from the start (Gers et al. 2000). */
    static final double FORGET_BIAS = 1;

    private final Affine input;
    private final Affine forget;
    private final Affine output;
    private final Affine candidate;
    /** i, f, o and g: all read h_{t-1}. */
    private final FusedAffine all;
    /** c_t of the step, widened, for tanh(c_t). */
    private final double[] cell;
    /** dL/d(pre) of i, f, o, then g, H each. */
    private final double[] dPre;

    LstmCell(Affine input, Affine forget, Affine output, Affine candidate) {
        super(KIND, input.b.rows, input, forget, output, candidate);
        this.input = input;
        this.forget = forget;
        this.output = output;
        this.candidate = candidate;
        all = new FusedAffine(new Affine[] {input, forget, output, candidate},
                new Gate[] {INPUT, FORGET, OUTPUT, CANDIDATE});
        cell = new double[hidden];
        dPre = new double[all.size()];
    }

    public static LstmCell random(Prng prng, int hiddenSize, double recurrentScale) {
        Affine i = Affine.random(prng, "i", hiddenSize, recurrentScale, 0);
        Affine f = Affine.random(prng, "f", hiddenSize, recurrentScale, FORGET_BIAS);
        Affine o = Affine.random(prng, "o", hiddenSize, recurrentScale, 0);
        Affine g = Affine.random(prng, "g", hiddenSize, recurrentScale, 0);
        return new LstmCell(i, f, o, g);
    }

    @Override
    public void step(StepBuffers s) {
        int symbol = s.symbol;
        float[] states = s.states;
        int prevOffset = s.prevOffset;
        int offset = s.offset;
        float[] gates = s.gates;
        int h = hidden;
        int i = s.gateOffset;
        int f = i + h;
        int o = f + h;
        int g = o + h;
        int tc = g + h;
        all.step(states, prevOffset, symbol, gates, i);
        for (int k = 0; k < h; k++) {
            // c_t = f ⊙ c_{t-1} + i ⊙ g
            states[offset + h + k] = (float) ((double) gates[f + k] * states[prevOffset + h + k]
                    + (double) gates[i + k] * gates[g + k]);
            cell[k] = states[offset + h + k];
        }
        Kernels.tanh(cell, 0, h, gates, tc);
        for (int k = 0; k < h; k++) {
            // h_t = o ⊙ tanh(c_t)
            states[offset + k] = (float) ((double) gates[o + k] * gates[tc + k]);
        }
    }

    @Override
    public void backward(StepBuffers s, double[] dState, double[] dx, boolean accumulate) {
        int symbol = s.symbol;
        float[] states = s.states;
        int prevOffset = s.prevOffset;
        float[] gates = s.gates;
        int h = hidden;
        int i = s.gateOffset;
        int f = i + h;
        int o = f + h;
        int g = o + h;
        int tc = g + h;
        for (int k = 0; k < h; k++) {
            double dh = dState[k];
            double ik = gates[i + k];
            double fk = gates[f + k];
            double ok = gates[o + k];
            double gk = gates[g + k];
            double tanhC = gates[tc + k];
            // h_t = o ⊙ tanh(c_t)              =>  do = dh ⊙ tanh(c_t), dc_t += dh ⊙ o ⊙ (1 - tanh²(c_t))
            double dc = dState[h + k] + dh * ok * (1 - tanhC * tanhC);
            // c_t = f ⊙ c_{t-1} + i ⊙ g         =>  df = dc ⊙ c_{t-1}, di = dc ⊙ g, dg = dc ⊙ i, dc_{t-1} = dc ⊙ f
            // i, f, o = σ(a), g = tanh(a_g)    =>  da = d(gate) ⊙ gate (1 - gate), da_g = dg ⊙ (1 - g²)
            dPre[k] = dc * gk * ik * (1 - ik);
            dPre[h + k] = dc * states[prevOffset + h + k] * fk * (1 - fk);
            dPre[2 * h + k] = dh * tanhC * ok * (1 - ok);
            dPre[3 * h + k] = dc * ik * (1 - gk * gk);
            dState[h + k] = dc * fk;
        }
        if (accumulate) {
            all.accumulate(dPre, symbol, states, prevOffset);
        }
        if (dx != null) {
            // dx = W_i^T da_i + W_f^T da_f + W_o^T da_o + W_g^T da_g
            Kernels.zero(dx);
            all.backIntoInput(dPre, dx);
        }
        // every gate read h_{t-1}              =>  dh_{t-1} = U_i^T da_i + U_f^T da_f + U_o^T da_o + U_g^T da_g,
        // summed into dState's first H, whose dh_t the loop above has read for the last time
        for (int k = 0; k < h; k++) {
            dState[k] = 0;
        }
        all.backIntoSource(dPre, dState);
    }

    @Override
    public List<Term> terms(StepBuffers s, int k) {
        int h = hidden;
        float[] gates = s.gates;
        int at = s.gateOffset;
        double ik = gates[at + k];
        double fk = gates[at + h + k];
        double gk = gates[at + 3 * h + k];
        List<Term> terms = new ArrayList<>();
        input.gateTerms(terms, INPUT, k, s, s.states, s.prevOffset, "h_{t−1}");
        forget.gateTerms(terms, FORGET, k, s, s.states, s.prevOffset, "h_{t−1}");
        output.gateTerms(terms, OUTPUT, k, s, s.states, s.prevOffset, "h_{t−1}");
        candidate.gateTerms(terms, CANDIDATE, k, s, s.states, s.prevOffset, "h_{t−1}");
        terms.add(new Term("cell state", "f_{t} ⊙ c_{t−1}", "the part of the old cell state kept",
                fk * s.states[s.prevOffset + h + k], Term.Kind.UPDATE));
        terms.add(new Term("cell state", "i_{t} ⊙ g_{t}", "the part of the candidate written", ik * gk,
                Term.Kind.UPDATE));
        terms.add(new Term("cell state", "c_{t}", "the two added: the stored cell state", s.states[s.offset + h + k],
                Term.Kind.STATE));
        terms.add(new Term("hidden state", "tanh(c_{t})", "the cell state squashed into (−1, 1)",
                gates[at + 4 * h + k], Term.Kind.NONLINEARITY));
        terms.add(new Term("hidden state", "h_{t} = o_{t} ⊙ tanh(c_{t})", "what the cell shows: the stored state",
                s.states[s.offset + k], Term.Kind.STATE));
        return terms;
    }
}
