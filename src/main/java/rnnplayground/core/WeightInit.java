package rnnplayground.core;

/**
 * Random weights from a generator. A recurrent matrix is rescaled to a fixed spectral norm (0.9 unless
 * asked otherwise), which bounds its spectral radius: below 1 the state forgets its distant past, so a
 * repeated chunk drives it back close to where the same chunk drove it before (fading memory).
 */
public final class WeightInit {
    public static final int MIN_HIDDEN = 1;
    /** The largest singular value W_hh is scaled to by default. */
    public static final double WHH_NORM = 0.9;
    /** An input matrix is drawn uniform in ±this. */
    public static final double WXH_SCALE = 1.5;
    /** A bias is drawn uniform in ±this (before any offset a gate adds). */
    public static final double B_SCALE = 0.2;
    private static final int POWER_ITERATIONS = 40;

    private WeightInit() {
    }

    public static void checkHiddenSize(int hiddenSize) {
        if (hiddenSize < MIN_HIDDEN) {
            throw new IllegalArgumentException("hidden size must be at least " + MIN_HIDDEN + ": " + hiddenSize);
        }
    }

    static void checkNorm(double norm) {
        if (!(norm > 0) || norm == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the recurrent scale must be a positive number");
        }
    }

    /** {@code count} floats uniform in [-scale, scale). */
    static float[] uniform(Prng prng, int count, double scale) {
        float[] values = new float[count];
        for (int k = 0; k < count; k++) {
            values[k] = (float) prng.nextSigned(scale);
        }
        return values;
    }

    /** An n x n matrix drawn uniform in [-1, 1), then scaled to spectral norm {@code norm}. */
    static float[] recurrent(Prng prng, int n, double norm) {
        return scaled(draw(prng, n * n, 1.0), n, norm);
    }

    private static double[] draw(Prng prng, int count, double scale) {
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = prng.nextSigned(scale);
        }
        return values;
    }

    /** The n x n matrix m times norm / its spectral norm, as floats (an all-zero m stays zero). */
    private static float[] scaled(double[] m, int n, double norm) {
        double sigma = spectralNorm(m, n);
        double scale = sigma > 0 ? norm / sigma : 0;
        float[] scaled = new float[n * n];
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] = (float) (m[k] * scale);
        }
        return scaled;
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
