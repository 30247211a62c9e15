package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The gated recurrent unit (Cho et al. 2014):
 * z_t = σ(W_z x_t + U_z h_{t-1} + b_z), r_t = σ(W_r x_t + U_r h_{t-1} + b_r),
 * h̃_t = tanh(W_h x_t + U_h (r_t ⊙ h_{t-1}) + b_h), h_t = z_t ⊙ h_{t-1} + (1 - z_t) ⊙ h̃_t
 * (z = 1 copies h). Params, in order (also the order they are drawn in): W_z, U_z, b_z, W_r, U_r, b_r,
 * W_h, U_h, b_h. A step's gate buffer holds z, r, h̃ and r ⊙ h_{t-1}, H floats each.
 */
public final class GruCell extends AbstractCell {
    private static final Gate UPDATE = new Gate("update", "z", "how much of the previous state to keep",
            Gate.Activation.SIGMOID, true, 0);
    private static final Gate RESET = new Gate("reset", "r", "how much of the previous state the candidate sees",
            Gate.Activation.SIGMOID, true, 1);
    private static final Gate CANDIDATE = new Gate("candidate", "h̃", "the new value on offer", Gate.Activation.TANH,
            true, 2);
    /** z, r and h̃ at their places in the gate buffer; r ⊙ h_{t-1} follows them in slot 3, not shown. */
    static final CellKind KIND = new CellKind("gru", "GRU",
            "z_t = sigmoid(W_z x_t + U_z h_(t-1) + b_z); r_t = sigmoid(W_r x_t + U_r h_(t-1) + b_r); "
                    + "g_t = tanh(W_h x_t + U_h (r_t * h_(t-1)) + b_h); h_t = z_t * h_(t-1) + (1 - z_t) * g_t",
            "Cho et al. (2014)", "the update gate z decides, dimension by dimension, how much of the old state to keep",
            true, new Gate[] {UPDATE, RESET, CANDIDATE}, new StatePart[0], 4,
            FlowOp.gate(0, "z", FlowOp.INPUT, "h_t−1"),
            FlowOp.gate(1, "r", FlowOp.INPUT, "h_t−1"),
            FlowOp.multiply("r ⊙ h", "r", "h_t−1"),
            FlowOp.gate(2, "h̃", FlowOp.INPUT, "r ⊙ h"),
            FlowOp.multiply("z ⊙ h", "z", "h_t−1"),
            FlowOp.oneMinus("1 − z", "z"),
            FlowOp.multiply("(1 − z) ⊙ h̃", "1 − z", "h̃"),
            FlowOp.add("h_t", "z ⊙ h", "(1 − z) ⊙ h̃"));

    private final Affine update;
    private final Affine reset;
    private final Affine candidate;
    /** z and r: both read h_{t-1}. */
    private final FusedAffine gatesOnState;
    /** h̃: reads r ⊙ h_{t-1}, known only once r is. */
    private final FusedAffine candidateGate;
    /** dL/d(pre) of z then r, H each. */
    private final double[] dGatesPre;
    private final double[] dCandidatePre;
    private final double[] dResetH;

    GruCell(Affine update, Affine reset, Affine candidate) {
        super(KIND, update.b.rows, update, reset, candidate);
        this.update = update;
        this.reset = reset;
        this.candidate = candidate;
        gatesOnState = new FusedAffine(new Affine[] {update, reset}, new Gate[] {UPDATE, RESET});
        candidateGate = new FusedAffine(new Affine[] {candidate}, new Gate[] {CANDIDATE});
        int h = hidden;
        dGatesPre = new double[gatesOnState.size()];
        dCandidatePre = new double[h];
        dResetH = new double[h];
    }

    /** Biases small, no offset: z starts near 1/2, halfway between copying h and replacing it. */
    public static GruCell random(Prng prng, int hiddenSize, double recurrentScale) {
        Affine z = Affine.random(prng, "z", hiddenSize, recurrentScale, 0);
        Affine r = Affine.random(prng, "r", hiddenSize, recurrentScale, 0);
        Affine h = Affine.random(prng, "h", hiddenSize, recurrentScale, 0);
        return new GruCell(z, r, h);
    }

    @Override
    public void step(StepBuffers s) {
        int symbol = s.symbol;
        float[] states = s.states;
        int prevOffset = s.prevOffset;
        int offset = s.offset;
        float[] gates = s.gates;
        int h = hidden;
        int z = s.gateOffset;
        int r = z + h;
        int c = r + h;
        int rh = c + h;
        gatesOnState.step(states, prevOffset, symbol, gates, z);
        for (int i = 0; i < h; i++) {
            gates[rh + i] = (float) ((double) gates[r + i] * states[prevOffset + i]);
        }
        candidateGate.step(gates, rh, symbol, gates, z);
        for (int i = 0; i < h; i++) {
            double zi = gates[z + i];
            states[offset + i] = (float) (zi * states[prevOffset + i] + (1 - zi) * gates[c + i]);
        }
    }

    @Override
    public void backward(StepBuffers s, double[] dState, double[] dx, boolean accumulate) {
        int symbol = s.symbol;
        float[] states = s.states;
        int prevOffset = s.prevOffset;
        float[] gates = s.gates;
        int h = hidden;
        int z = s.gateOffset;
        int r = z + h;
        int c = r + h;
        int rh = c + h;
        for (int i = 0; i < h; i++) {
            double dh = dState[i];
            double zi = gates[z + i];
            double candidateI = gates[c + i];
            // h_t = z ⊙ h_{t-1} + (1 - z) ⊙ h̃   =>  dz = dh ⊙ (h_{t-1} - h̃), dh̃ = dh ⊙ (1 - z), dh_{t-1} = dh ⊙ z
            // z = σ(a_z), h̃ = tanh(a_h)          =>  da_z = dz ⊙ z (1 - z), da_h = dh̃ ⊙ (1 - h̃²)
            dGatesPre[i] = dh * (states[prevOffset + i] - candidateI) * zi * (1 - zi);
            dCandidatePre[i] = dh * (1 - zi) * (1 - candidateI * candidateI);
            dState[i] = dh * zi; // dh_{t-1}, summed in place: dh_t[i] is not read again
        }
        // a_h = W_h x + U_h (r ⊙ h_{t-1}) + b_h  =>  d(r ⊙ h_{t-1}) = U_h^T da_h
        Kernels.zero(dResetH);
        candidateGate.backIntoSource(dCandidatePre, dResetH);
        for (int i = 0; i < h; i++) {
            double ri = gates[r + i];
            // r ⊙ h_{t-1}                       =>  dr = d(r ⊙ h) ⊙ h_{t-1}, dh_{t-1} += d(r ⊙ h) ⊙ r
            // r = σ(a_r)                        =>  da_r = dr ⊙ r (1 - r)
            dGatesPre[h + i] = dResetH[i] * states[prevOffset + i] * ri * (1 - ri);
            dState[i] += dResetH[i] * ri;
        }
        if (accumulate) {
            gatesOnState.accumulate(dGatesPre, symbol, states, prevOffset);
            candidateGate.accumulate(dCandidatePre, symbol, gates, rh);
        }
        if (dx != null) {
            // dx = W_z^T da_z + W_r^T da_r + W_h^T da_h
            Kernels.zero(dx);
            gatesOnState.backIntoInput(dGatesPre, dx);
            candidateGate.backIntoInput(dCandidatePre, dx);
        }
        // a_z, a_r read h_{t-1}                 =>  dh_{t-1} += U_z^T da_z + U_r^T da_r
        gatesOnState.backIntoSource(dGatesPre, dState);
    }

    @Override
    public List<Term> terms(StepBuffers s, int i) {
        int h = hidden;
        double z = s.gates[s.gateOffset + i];
        double candidateI = s.gates[s.gateOffset + 2 * h + i];
        double previous = s.states[s.prevOffset + i];
        List<Term> terms = new ArrayList<>();
        update.gateTerms(terms, UPDATE, i, s, s.states, s.prevOffset, "h_{t−1}");
        reset.gateTerms(terms, RESET, i, s, s.states, s.prevOffset, "h_{t−1}");
        candidate.gateTerms(terms, CANDIDATE, i, s, s.gates, s.gateOffset + 3 * h, "(r_{t} ⊙ h_{t−1})");
        terms.add(new Term("hidden state", "z_{t} ⊙ h_{t−1}", "the part of the old state kept", z * previous,
                Term.Kind.UPDATE));
        terms.add(new Term("hidden state", "(1 − z_{t}) ⊙ h̃_{t}", "the part of the candidate taken",
                (1 - z) * candidateI, Term.Kind.UPDATE));
        terms.add(new Term("hidden state", "h_{t}", "the two added: the stored state", s.states[s.offset + i],
                Term.Kind.STATE));
        return terms;
    }
}
