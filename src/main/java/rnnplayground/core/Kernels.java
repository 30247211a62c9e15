package rnnplayground.core;

/**
 * Hand-written float-array kernels. Every intermediate is a double and a result is rounded to float
 * only when it is stored: JavaScript computes in doubles anyway, so the JVM, the JavaScript build
 * and the WebAssembly build produce the same bits.
 */
public final class Kernels {
    /** Beyond this |x|, tanh(x) rounds to ±1 in float. */
    static final double TANH_CLAMP = 10.0;
    private static final double LN2 = 0.6931471805599453;
    private static final double INV_LN2 = 1.4426950408889634;

    private Kernels() {
    }

    /** y[i] = sum_j m[i*cols + j] * x[j] for i in [0, rows). */
    public static void matVec(float[] m, int rows, int cols, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < rows; i++) {
            y[yOffset + i] = (float) dot(m, i * cols, x, xOffset, cols);
        }
    }

    /** sum_j a[aOffset + j] * b[bOffset + j], accumulated in double. */
    public static double dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += (double) a[aOffset + j] * b[bOffset + j];
        }
        return sum;
    }

    /**
     * tanh from +, -, * and / only: finite and within [-1, 1] for every finite x, never NaN for a
     * number, and the same bits on every engine (no platform Math.tanh or Math.exp).
     */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a >= TANH_CLAMP) {
            return x > 0 ? 1.0 : -1.0;
        }
        if (a < 1e-4) {
            return x - x * x * x / 3;
        }
        double e = exp(2 * a);
        double t = (e - 1) / (e + 1);
        return x < 0 ? -t : t;
    }

    /** e^y for 0 <= y < 2 * TANH_CLAMP: y = k ln2 + r, e^r by its Taylor series, 2^k exactly. */
    static double exp(double y) {
        int k = (int) (y * INV_LN2);
        double r = y - k * LN2;
        double p = 1.0 / 6227020800.0;             // 1/13!
        p = p * r + 1.0 / 479001600.0;             // 1/12!
        p = p * r + 1.0 / 39916800.0;
        p = p * r + 1.0 / 3628800.0;
        p = p * r + 1.0 / 362880.0;
        p = p * r + 1.0 / 40320.0;
        p = p * r + 1.0 / 5040.0;
        p = p * r + 1.0 / 720.0;
        p = p * r + 1.0 / 120.0;
        p = p * r + 1.0 / 24.0;
        p = p * r + 1.0 / 6.0;
        p = p * r + 0.5;
        p = p * r + 1.0;
        p = p * r + 1.0;
        return p * (1 << k);
    }
}
