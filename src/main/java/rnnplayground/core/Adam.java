package rnnplayground.core;

/**
 * The Adam optimizer (Kingma & Ba 2015): per parameter value, running means of the gradient (m) and
 * of its square (v), bias-corrected by 1 - β^t with β^t kept as a running product (no Math.pow).
 * A step that would store a value that is not a finite float is undone: the values and the
 * optimizer's state are as before it.
 */
public final class Adam {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final Param[] params;
    private final double[][] m;
    private final double[][] v;
    private final float[][] wBefore;
    private final double[][] mBefore;
    private final double[][] vBefore;
    /** β1^t and β2^t after t steps. */
    private double beta1Power = 1;
    private double beta2Power = 1;
    private int steps;

    public Adam(Param[] params) {
        this.params = params;
        int n = params.length;
        m = new double[n][];
        v = new double[n][];
        wBefore = new float[n][];
        mBefore = new double[n][];
        vBefore = new double[n][];
        for (int p = 0; p < n; p++) {
            int size = params[p].size();
            m[p] = new double[size];
            v[p] = new double[size];
            wBefore[p] = new float[size];
            mBefore[p] = new double[size];
            vBefore[p] = new double[size];
        }
    }

    /** The steps taken. */
    public int steps() {
        return steps;
    }

    /**
     * Moves every value against its gradient dw: m = β1 m + (1 - β1) g, v = β2 v + (1 - β2) g²,
     * w -= m (rate / (1 - β1^t)) / (sqrt(v (1 / (1 - β2^t))) + ε). Returns null, or, when a value would not be
     * a finite float, the name of its parameter, having undone the step.
     */
    public String step(double learningRate) {
        save();
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
            for (int k = 0; k < w.length; k++) {
                double g = dw[k];
                double mk = BETA1 * mp[k] + (1 - BETA1) * g;
                double vk = BETA2 * vp[k] + (1 - BETA2) * g * g;
                mp[k] = mk;
                vp[k] = vk;
                w[k] = (float) (w[k] - mk * stepSize / (Math.sqrt(vk * varianceScale) + EPSILON));
                // checked as stored: TeaVM's JavaScript rounds a double to a float only in a float array
                if (!(Math.abs(w[k]) <= Float.MAX_VALUE)) {
                    restore();
                    return params[p].name;
                }
            }
        }
        beta1Power = beta1Next;
        beta2Power = beta2Next;
        steps++;
        return null;
    }

    private void save() {
        for (int p = 0; p < params.length; p++) {
            System.arraycopy(params[p].w, 0, wBefore[p], 0, wBefore[p].length);
            System.arraycopy(m[p], 0, mBefore[p], 0, m[p].length);
            System.arraycopy(v[p], 0, vBefore[p], 0, v[p].length);
        }
    }

    private void restore() {
        for (int p = 0; p < params.length; p++) {
            System.arraycopy(wBefore[p], 0, params[p].w, 0, wBefore[p].length);
            System.arraycopy(mBefore[p], 0, m[p], 0, m[p].length);
            System.arraycopy(vBefore[p], 0, v[p], 0, v[p].length);
        }
    }
}
