package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * minGRU (Feng et al. 2024, "Were RNNs All We Needed?"): z_t = σ(W_z x_t + b_z), h̃_t = W_h x_t + b_h,
 * h_t = (1 − z_t) ⊙ h_{t-1} + z_t ⊙ h̃_t. A GRU whose gate and candidate read the input alone: nothing
 * reads h_{t-1} but the mix itself, so, as for the selective linear cell, the states of a whole
 * sequence can be computed by a parallel scan. No tanh on the state, and no recurrent matrix for ρ to
 * scale. Params, in order (also the order they are drawn in): W_z, b_z, W_h, b_h. A step's gate buffer
 * holds z and h̃, H floats each.
 */
public final class MinGruCell extends AbstractCell {
    private static final Gate UPDATE = new Gate("update", "z", "how much of the candidate to write: chosen by the input",
            Gate.Activation.SIGMOID, false, 0);
    private static final Gate CANDIDATE = new Gate("candidate", "h̃", "the new value on offer, not squashed",
            Gate.Activation.LINEAR, false, 1);
    static final CellKind KIND = new CellKind("mingru", "minGRU",
            "z_t = sigmoid(W_z x_t + b_z); g_t = W_h x_t + b_h; h_t = (1 - z_t) * h_(t-1) + z_t * g_t",
            "Feng et al. (2024), Were RNNs All We Needed?",
            "its update gate z, chosen by the symbol alone, decides how much of the old state to overwrite",
            false, new Gate[] {UPDATE, CANDIDATE}, new StatePart[0], 2,
            FlowOp.gate(0, "z", FlowOp.INPUT),
            FlowOp.gate(1, "h̃", FlowOp.INPUT),
            FlowOp.oneMinus("1 − z", "z"),
            FlowOp.multiply("(1 − z) ⊙ h", "1 − z", "h_t−1"),
            FlowOp.multiply("z ⊙ h̃", "z", "h̃"),
            FlowOp.add("h_t", "(1 − z) ⊙ h", "z ⊙ h̃"));

    private final Affine update;
    private final Affine candidate;
    /** z and h̃, both read from the input alone, as one (see {@link FusedAffine}). */
    private final FusedAffine both;
    /** dL/d(pre) of z, then dL/dh̃, H each. */
    private final double[] dPre;

    MinGruCell(Affine update, Affine candidate) {
        super(KIND, update.b.rows, update, candidate);
        this.update = update;
        this.candidate = candidate;
        both = new FusedAffine(new Affine[] {update, candidate}, new Gate[] {UPDATE, CANDIDATE});
        dPre = new double[both.size()];
    }

    /** No bias offset, as in the paper: z starts around ½, half of the old state overwritten a step. */
    public static MinGruCell random(Prng prng, int hiddenSize, double recurrentScale) {
        Affine z = Affine.inputOnly(prng, "z", hiddenSize, 0);
        Affine h = Affine.inputOnly(prng, "h", hiddenSize, 0);
        return new MinGruCell(z, h);
    }

    @Override
    public void step(StepBuffers s) {
        float[] states = s.states;
        float[] gates = s.gates;
        int z = s.gateOffset;
        int c = z + hidden;
        both.step(states, s.prevOffset, s.symbol, gates, z);
        for (int i = 0; i < hidden; i++) {
            double zi = gates[z + i];
            states[s.offset + i] = (float) ((1 - zi) * states[s.prevOffset + i] + zi * gates[c + i]);
        }
    }

    @Override
    public void backward(StepBuffers s, double[] dState, double[] dx, boolean accumulate) {
        float[] gates = s.gates;
        int z = s.gateOffset;
        int c = z + hidden;
        for (int i = 0; i < hidden; i++) {
            double dh = dState[i];
            double zi = gates[z + i];
            // h_t = (1 - z) ⊙ h_{t-1} + z ⊙ h̃  =>  dz = dh ⊙ (h̃ - h_{t-1}), dh̃ = dh ⊙ z, dh_{t-1} = dh ⊙ (1 - z)
            // z = σ(z_pre)                      =>  dz_pre = dz ⊙ z (1 - z)
            dPre[i] = dh * ((double) gates[c + i] - s.states[s.prevOffset + i]) * zi * (1 - zi);
            dPre[hidden + i] = dh * zi;
            dState[i] = dh * (1 - zi);
        }
        // z_pre = W_z x + b_z, h̃ = W_h x + b_h  =>  dW[:, x] += d(pre), db += d(pre)
        if (accumulate) {
            both.accumulate(dPre, s.symbol, s.states, s.prevOffset);
        }
        if (dx != null) {
            // dx = W_z^T dz_pre + W_h^T dh̃
            Kernels.zero(dx);
            both.backIntoInput(dPre, dx);
        }
    }

    @Override
    public List<Term> terms(StepBuffers s, int i) {
        double z = s.gates[s.gateOffset + i];
        double candidateI = s.gates[s.gateOffset + hidden + i];
        List<Term> terms = new ArrayList<>();
        update.gateTerms(terms, UPDATE, i, s, s.states, s.prevOffset, "");
        candidate.gateTerms(terms, CANDIDATE, i, s, s.states, s.prevOffset, "");
        terms.add(new Term("hidden state", "(1 − z_{t}) ⊙ h_{t−1}", "the part of the old state kept",
                (1 - z) * s.states[s.prevOffset + i], Term.Kind.UPDATE));
        terms.add(new Term("hidden state", "z_{t} ⊙ h̃_{t}", "the part of the candidate written", z * candidateI,
                Term.Kind.UPDATE));
        terms.add(new Term("hidden state", "h_{t}", "the two added: the stored state", s.states[s.offset + i],
                Term.Kind.STATE));
        return terms;
    }
}
