package rnnplayground.core;

import java.util.List;

/**
 * The pre-activation of one gate (or candidate) of a cell: W x_t + U s + b, with W (H x V) on the
 * one-hot x_t, U (H x H) on a recurrent source s (h_{t-1}, or the GRU's r ⊙ h_{t-1}) and b (H). A gate
 * that reads only the input has no U. Forward, terms and backward of the sum live here, so that every
 * cell computes it the same way.
 */
final class Affine {
    private static final int V = Alphabet.SIZE;
    final Param w;
    /** Null for a gate that reads only the input. */
    final Param u;
    final Param b;
    private final int hidden;
    /** The pre-activations of the step being computed, row by row. */
    private final double[] pre;
    /** dU's products, added at {@link #flushGradients}; null without U. */
    private final PendingOuters dU;

    Affine(Param w, Param u, Param b) {
        this.w = w;
        this.u = u;
        this.b = b;
        this.hidden = b.rows;
        this.pre = new double[hidden];
        this.dU = u == null ? null : new PendingOuters(u.dw, hidden, hidden);
    }

    /**
     * W_{name}, U_{name} and b_{name} drawn from {@code prng} in that order: W uniform like W_xh, U uniform
     * then scaled to spectral norm ρ, b uniform like b plus {@code biasOffset}.
     */
    static Affine random(Prng prng, String name, int hidden, double recurrentScale, double biasOffset) {
        return random(prng, "W_" + name, "U_" + name, "b_" + name, hidden, recurrentScale, biasOffset);
    }

    /** {@link #random(Prng, String, int, double, double)} with the three params named as given. */
    static Affine random(Prng prng, String wName, String uName, String bName, int hidden, double recurrentScale,
            double biasOffset) {
        Param w = input(prng, wName, hidden);
        Param u = new Param(uName, Param.Reads.STATE, hidden, hidden, WeightInit.recurrent(prng, hidden, recurrentScale));
        return new Affine(w, u, bias(prng, bName, hidden, biasOffset));
    }

    /** W_{name} and b_{name} of a gate that reads only the input, drawn as {@link #random} draws them. */
    static Affine inputOnly(Prng prng, String name, int hidden, double biasOffset) {
        Param w = input(prng, "W_" + name, hidden);
        return new Affine(w, null, bias(prng, "b_" + name, hidden, biasOffset));
    }

    private static Param input(Prng prng, String name, int hidden) {
        return new Param(name, Param.Reads.INPUT, hidden, V, WeightInit.uniform(prng, hidden * V, WeightInit.WXH_SCALE));
    }

    private static Param bias(Prng prng, String name, int hidden, double offset) {
        float[] b = WeightInit.uniform(prng, hidden, WeightInit.B_SCALE);
        for (int i = 0; i < hidden; i++) {
            b[i] = (float) (b[i] + offset);
        }
        return new Param(name, Param.Reads.NOTHING, hidden, 1, b);
    }

    /** Its params in order: W, U (if any), b, appended to {@code list} from {@code at}; returns the next index. */
    int addParams(Param[] list, int at) {
        list[at++] = w;
        if (u != null) {
            list[at++] = u;
        }
        list[at++] = b;
        return at;
    }

    int paramCount() {
        return u == null ? 2 : 3;
    }

    /**
     * The pre-activations (W x_t)_i + (U s)_i + b_i of every row i for the step, s the H floats of
     * {@code source} from {@code offset} (unread without U): row i at [i] of the array returned, which
     * the next step reuses. Each the same sum, term for term, as {@link #terms}.
     */
    double[] prepare(float[] source, int offset, int symbol) {
        prepare(source, offset, symbol, pre, 0);
        return pre;
    }

    /** {@link #prepare(float[], int, int)} into {@code into} from {@code at}. */
    void prepare(float[] source, int offset, int symbol, double[] into, int at) {
        float[] wv = w.w;
        float[] bv = b.w;
        if (u == null) {
            for (int i = 0; i < hidden; i++) {
                // in double: a float sum would be rounded, on the JVM only
                into[at + i] = (double) wv[i * V + symbol] + bv[i];
            }
            return;
        }
        Kernels.matVec(u.w, hidden, hidden, source, offset, into, at);
        for (int i = 0; i < hidden; i++) {
            into[at + i] = wv[i * V + symbol] + into[at + i] + bv[i];
        }
    }

    /** (W x_t)_i: the one-hot x_t picks column {@code symbol} of W. */
    double inputTerm(int i, int symbol) {
        return w.w[i * V + symbol];
    }

    /** (U s)_i. */
    double recurrentTerm(int i, float[] source, int offset) {
        return Kernels.dot(u.w, i * hidden, source, offset, hidden);
    }

    /**
     * Adds the terms of row i to {@code terms}, each with the value the model computed: the input, the
     * recurrent term (its source written {@code sourceSymbol}), the bias and their sum.
     */
    void terms(List<Term> terms, String group, int i, int symbol, float[] source, int offset, String sourceSymbol) {
        double input = inputTerm(i, symbol);
        terms.add(new Term(group, markup(w.name) + " x_{t}", "x_t is one-hot: column " + symbol + " of " + w.name,
                input, Term.Kind.INPUT));
        double sum = input;
        if (u != null) {
            double recurrentTerm = recurrentTerm(i, source, offset);
            terms.add(new Term(group, markup(u.name) + " " + sourceSymbol,
                    "row " + i + " of " + u.name + " times " + sourceSymbol.replace("_{", "_(").replace("}", ")"),
                    recurrentTerm, Term.Kind.RECURRENT));
            sum = input + recurrentTerm;
        }
        terms.add(new Term(group, markup(b.name), "the bias", b.w[i], Term.Kind.BIAS));
        terms.add(new Term(group, "sum", "the pre-activation: the terms added", sum + b.w[i], Term.Kind.SUM));
    }

    /**
     * The terms of row i of {@code gate}, then its stored value for the step {@code step} points at, read
     * from the gate buffer: the arithmetic of one gate.
     */
    void gateTerms(List<Term> terms, Gate gate, int i, StepBuffers step, float[] source, int offset,
            String sourceSymbol) {
        terms(terms, gate.name, i, step.symbol, source, offset, sourceSymbol);
        terms.add(new Term(gate.name, gate.storedSymbol(), gate.role,
                step.gates[step.gateOffset + gate.slot * hidden + i], Term.Kind.NONLINEARITY));
    }

    /** "W_z" as "W_{z}", "b" as "b". */
    static String markup(String name) {
        int bar = name.indexOf('_');
        return bar < 0 ? name : name.substring(0, bar) + "_{" + name.substring(bar + 1) + "}";
    }

    /**
     * Given dL/d(pre) of the step: dW[:, x_t] += dPre, db += dPre, and dU += dPre s^T once
     * {@link #flushGradients} is called.
     */
    void accumulate(double[] dPre, int symbol, float[] source, int offset) {
        accumulate(dPre, 0, symbol, source, offset);
    }

    /** {@link #accumulate(double[], int, float[], int)} for the dPre at dPre[from ..]. */
    void accumulate(double[] dPre, int from, int symbol, float[] source, int offset) {
        Kernels.addColumnAndVector(w.dw, hidden, V, symbol, b.dw, dPre, from);
        if (u != null) {
            dU.add(dPre, from, source, offset);
        }
    }

    /** Adds what {@link #accumulate} left pending into dU. */
    void flushGradients() {
        if (u != null) {
            dU.flush();
        }
    }

    /** dL/ds += U^T dPre. */
    void backIntoSource(double[] dPre, double[] dSource) {
        backIntoSource(dPre, 0, dSource);
    }

    /** dL/ds += U^T dPre, for the dPre at dPre[from ..]. */
    void backIntoSource(double[] dPre, int from, double[] dSource) {
        Kernels.matTVecAdd(u.w, hidden, hidden, dPre, from, dSource);
    }

    /** dL/dx_t += W^T dPre. */
    void backIntoInput(double[] dPre, double[] dx) {
        backIntoInput(dPre, 0, dx);
    }

    /** dL/dx_t += W^T dPre, for the dPre at dPre[from ..]. */
    void backIntoInput(double[] dPre, int from, double[] dx) {
        Kernels.matTVecAdd(w.w, hidden, V, dPre, from, dx);
    }
}
