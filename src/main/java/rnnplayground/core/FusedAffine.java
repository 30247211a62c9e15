package rnnplayground.core;

/**
 * The gates of a cell that read the same source (h_{t-1}, or the input alone), computed as one: every
 * part's pre-activation W x_t + U s + b into one buffer, part k's row i at [k H + i] (each the same sum,
 * term for term, as {@link Affine#prepare}), then each part's nonlinearity, the one its {@link Gate}
 * declares, a row at a time into the step's gate buffer at the gate's slot. Backwards, dL/d(pre) comes
 * in the same layout, and every sum over the parts takes them in their order, each part's rows in
 * theirs: the bits of the parts one after the other. A cell names its parts and their gates; the loops
 * are here, so that a cell added later has its gates fused without code of its own.
 */
final class FusedAffine {
    private final Affine[] parts;
    private final Gate[] gates;
    private final int hidden;
    private final double[] pre;

    /** {@code parts[k]} computes {@code gates[k]}; every part reads the same source and has H rows. */
    FusedAffine(Affine[] parts, Gate[] gates) {
        if (parts.length != gates.length) {
            throw new IllegalArgumentException("one gate for each part");
        }
        this.parts = parts;
        this.gates = gates;
        this.hidden = parts[0].b.rows;
        this.pre = new double[size()];
    }

    /** Doubles in a buffer of pre-activations or their gradients: H for each part. */
    int size() {
        return parts.length * hidden;
    }

    /**
     * Every part's pre-activations for the step, s the H floats of {@code source} from {@code offset}
     * (unread by parts without U): part k's row i at [k H + i] of the buffer returned, which the next
     * step reuses.
     */
    double[] prepare(float[] source, int offset, int symbol) {
        for (int k = 0; k < parts.length; k++) {
            parts[k].prepare(source, offset, symbol, pre, k * hidden);
        }
        return pre;
    }

    /** Each part's gate, its nonlinearity of the last {@link #prepare}, into {@code out} at gateOffset + slot × H. */
    void activate(float[] out, int gateOffset) {
        for (int k = 0; k < parts.length; k++) {
            Gate gate = gates[k];
            int at = gateOffset + gate.slot * hidden;
            if (gate.activation == Gate.Activation.SIGMOID) {
                Kernels.sigmoid(pre, k * hidden, hidden, out, at);
            } else if (gate.activation == Gate.Activation.TANH) {
                Kernels.tanh(pre, k * hidden, hidden, out, at);
            } else {
                for (int i = 0; i < hidden; i++) {
                    out[at + i] = (float) pre[k * hidden + i];
                }
            }
        }
    }

    /** {@link #prepare} then {@link #activate}: the step's gates, from x_t and the source. */
    void step(float[] source, int offset, int symbol, float[] out, int gateOffset) {
        prepare(source, offset, symbol);
        activate(out, gateOffset);
    }

    /** Each part's gradients given dL/d(pre) in {@code dPre} (see {@link Affine#accumulate}). */
    void accumulate(double[] dPre, int symbol, float[] source, int offset) {
        for (int k = 0; k < parts.length; k++) {
            parts[k].accumulate(dPre, k * hidden, symbol, source, offset);
        }
    }

    /** dL/ds += Σ_k U_k^T dPre_k, the parts in order; every part must read a state. */
    void backIntoSource(double[] dPre, double[] dSource) {
        for (int k = 0; k < parts.length; k++) {
            parts[k].backIntoSource(dPre, k * hidden, dSource);
        }
    }

    /** dL/dx_t += Σ_k W_k^T dPre_k, the parts in order. */
    void backIntoInput(double[] dPre, double[] dx) {
        for (int k = 0; k < parts.length; k++) {
            parts[k].backIntoInput(dPre, k * hidden, dx);
        }
    }
}
