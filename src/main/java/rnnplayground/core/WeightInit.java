package rnnplayground.core;

/**
 * Random weights from a seed. W_hh is rescaled to a fixed spectral norm below 1, which bounds its
 * spectral radius: the state forgets its distant past, so a repeated chunk drives it back close to
 * where the same chunk drove it before (fading memory).
 */
public final class WeightInit {
    public static final int MIN_HIDDEN = 1;
    /** The largest singular value W_hh is scaled to. */
    public static final double WHH_NORM = 0.9;
    static final double WXH_SCALE = 1.5;
    static final double B_SCALE = 0.2;
    private static final int POWER_ITERATIONS = 40;

    private WeightInit() {
    }

    public static Weights random(int seed, int hiddenSize) {
        if (hiddenSize < MIN_HIDDEN) {
            throw new IllegalArgumentException("hidden size must be at least " + MIN_HIDDEN + ": " + hiddenSize);
        }
        int h = hiddenSize;
        int v = Alphabet.SIZE;
        Prng prng = new Prng(seed);
        float[] wxh = new float[h * v];
        float[] b = new float[h];
        double[] whh = new double[h * h];
        for (int k = 0; k < wxh.length; k++) {
            wxh[k] = (float) prng.nextSigned(WXH_SCALE);
        }
        for (int k = 0; k < whh.length; k++) {
            whh[k] = prng.nextSigned(1.0);
        }
        for (int k = 0; k < h; k++) {
            b[k] = (float) prng.nextSigned(B_SCALE);
        }
        double scale = WHH_NORM / spectralNorm(whh, h);
        float[] scaled = new float[h * h];
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] = (float) (whh[k] * scale);
        }
        return new Weights(h, v, wxh, scaled, b);
    }

    /** The largest singular value of the n x n matrix m, by power iteration on m^T m. */
    static double spectralNorm(double[] m, int n) {
        double[] u = new double[n];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = 1.0 / (k + 1);
        }
        double sigma = 0;
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += m[i * n + j] * u[j];
                }
                w[i] = sum;
            }
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += m[i * n + j] * w[i];
                }
                u[j] = sum;
            }
            double norm = Math.sqrt(dot(u, u));
            sigma = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                u[j] /= norm;
            }
        }
        return sigma;
    }

    private static double dot(double[] a, double[] c) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * c[k];
        }
        return sum;
    }
}
