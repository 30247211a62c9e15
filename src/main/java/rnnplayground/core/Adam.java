package rnnplayground.core;

/**
 * The Adam optimizer (Kingma & Ba 2015): per parameter value, running means of the gradient (m) and
 * of its square (v), bias-corrected by 1 - β^t with β^t kept as a running product (no Math.pow).
 * A step that would store a value that is not a finite float is undone: the values and the
 * optimizer's state are as before it. So that undoing costs little, a step writes the new m and v
 * into a second pair of buffers, which become the current ones when it succeeds, and keeps a copy of
 * the values of each param before changing them.
 */
public final class Adam {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final Param[] params;
    private double[][] m;
    private double[][] v;
    private double[][] mNext;
    private double[][] vNext;
    private final float[][] wBefore;
    /** β1^t and β2^t after t steps. */
    private double beta1Power = 1;
    private double beta2Power = 1;
    private int steps;

    public Adam(Param[] params) {
        this.params = params;
        int n = params.length;
        m = new double[n][];
        v = new double[n][];
        mNext = new double[n][];
        vNext = new double[n][];
        wBefore = new float[n][];
        for (int p = 0; p < n; p++) {
            int size = params[p].size();
            m[p] = new double[size];
            v[p] = new double[size];
            mNext[p] = new double[size];
            vNext[p] = new double[size];
            wBefore[p] = new float[size];
        }
    }

    /** The steps taken. */
    public int steps() {
        return steps;
    }

    /** The optimizer's state: its steps, β1^t and β2^t, m and v. */
    public void save(Packed out) {
        out.putNumber(steps);
        out.putNumber(beta1Power);
        out.putNumber(beta2Power);
        for (int p = 0; p < params.length; p++) {
            out.putDoubles(m[p]);
            out.putDoubles(v[p]);
        }
    }

    /** The state {@link #save} wrote, of an optimizer of the same params. */
    public void load(Packed in) {
        steps = in.integer();
        beta1Power = in.number();
        beta2Power = in.number();
        for (int p = 0; p < params.length; p++) {
            in.doublesInto(m[p]);
            in.doublesInto(v[p]);
        }
    }

    /**
     * Moves every value against its gradient dw: m = β1 m + (1 - β1) g, v = β2 v + (1 - β2) g²,
     * w -= m (rate / (1 - β1^t)) / (sqrt(v (1 / (1 - β2^t))) + ε). Returns null, or, when a value would not be
     * a finite float, the name of its parameter, having undone the step.
     */
    public String step(double learningRate) {
        double beta1Next = beta1Power * BETA1;
        double beta2Next = beta2Power * BETA2;
        // the bias corrections, folded into one factor each so that a value costs one division
        double stepSize = learningRate / (1 - beta1Next);
        double varianceScale = 1 / (1 - beta2Next);
        for (int p = 0; p < params.length; p++) {
            float[] w = params[p].w;
            double[] dw = params[p].dw;
            double[] mp = m[p];
            double[] vp = v[p];
            double[] mq = mNext[p];
            double[] vq = vNext[p];
            float[] before = wBefore[p];
            for (int k = 0; k < w.length; k++) {
                before[k] = w[k]; // kept in this loop: System.arraycopy's checks cost more than the copy
                double g = dw[k];
                double mk = BETA1 * mp[k] + (1 - BETA1) * g;
                double vk = BETA2 * vp[k] + (1 - BETA2) * g * g;
                mq[k] = mk;
                vq[k] = vk;
                w[k] = (float) (w[k] - mk * stepSize / (Math.sqrt(vk * varianceScale) + EPSILON));
                // checked as stored: TeaVM's JavaScript rounds a double to a float only in a float array;
                // two comparisons, not Math.abs, which TeaVM's WebAssembly build makes a branch on the sign,
                // mispredicted for every other value
                double stored = w[k];
                if (!(stored <= Float.MAX_VALUE && stored >= -Float.MAX_VALUE)) {
                    for (int q = 0; q < p; q++) {
                        System.arraycopy(wBefore[q], 0, params[q].w, 0, wBefore[q].length);
                    }
                    System.arraycopy(before, 0, w, 0, k + 1); // the values of p kept so far
                    return params[p].name; // m and v are untouched
                }
            }
        }
        double[][] swap = m;
        m = mNext;
        mNext = swap;
        swap = v;
        v = vNext;
        vNext = swap;
        beta1Power = beta1Next;
        beta2Power = beta2Next;
        steps++;
        return null;
    }
}
