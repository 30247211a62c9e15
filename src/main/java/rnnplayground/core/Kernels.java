package rnnplayground.core;

/**
 * Hand-written float-array kernels. Every intermediate is a double and a result is rounded to float
 * only when it is stored: JavaScript computes in doubles anyway, so the JVM, the JavaScript build
 * and the WebAssembly build produce the same bits.
 *
 * <p>No arithmetic on two floats ({@code float + float} rounds to float on the JVM and in WebAssembly,
 * not in JavaScript): widen one operand to double first. And no float variable: TeaVM's JavaScript
 * rounds a double to a float only when it stores it into a float array, so a value is rounded by
 * storing it and read back from where it is stored.
 *
 * <p>Sums and products lean left: no sum or difference is the right operand of a +, and no product
 * or quotient the right operand of a * (write {@code a * (b * c)} as {@code (b * c) * a}, the same
 * bits, and {@code a * (b / c)} as {@code b / c * a}). TeaVM 0.15's JavaScript output drops those
 * parentheses ({@code a + (b + c)} comes out as {@code a + b + c}), which rounds differently from the
 * JVM and the WebAssembly build. It also folds a local variable used once into the expression that
 * uses it, so the rule holds for the expression a value flows into, not only for one line.
 */
public final class Kernels {
    /** Beyond this |x|, tanh(x) rounds to ±1 in float. */
    static final double TANH_CLAMP = 10.0;
    private static final double LN2 = 0.6931471805599453;
    private static final double INV_LN2 = 1.4426950408889634;

    private Kernels() {
    }

    /**
     * y[i] = sum_j m[i*cols + j] * x[xOffset + j] for i in [0, rows), in double, each sum taken in
     * the order of j exactly as {@link #dot} takes it. Eight rows are summed side by side: they share
     * each load of x, and their additions need not wait for one another (in V8 a training step at
     * H = 64 takes about a tenth less time than with four). Of the rows left, four are summed side by
     * side too, then two.
     */
    public static void matVec(float[] m, int rows, int cols, float[] x, int xOffset, double[] y) {
        matVec(m, rows, cols, x, xOffset, y, 0);
    }

    /** {@link #matVec(float[], int, int, float[], int, double[])} into y[yOffset ..]. */
    public static void matVec(float[] m, int rows, int cols, float[] x, int xOffset, double[] y, int yOffset) {
        int i = 0;
        for (; i + 7 < rows; i += 8) {
            int r0 = i * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            int r4 = r3 + cols;
            int r5 = r4 + cols;
            int r6 = r5 + cols;
            int r7 = r6 + cols;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            for (int j = 0; j < cols; j++) {
                double xj = x[xOffset + j];
                s0 += m[r0 + j] * xj;
                s1 += m[r1 + j] * xj;
                s2 += m[r2 + j] * xj;
                s3 += m[r3 + j] * xj;
                s4 += m[r4 + j] * xj;
                s5 += m[r5 + j] * xj;
                s6 += m[r6 + j] * xj;
                s7 += m[r7 + j] * xj;
            }
            y[yOffset + i] = s0;
            y[yOffset + i + 1] = s1;
            y[yOffset + i + 2] = s2;
            y[yOffset + i + 3] = s3;
            y[yOffset + i + 4] = s4;
            y[yOffset + i + 5] = s5;
            y[yOffset + i + 6] = s6;
            y[yOffset + i + 7] = s7;
        }
        while (i + 1 < rows) {
            // four more rows side by side, or the last two, each summed twice: the readout's six rows
            // in two passes over x, not three
            int r0 = i * cols;
            int r1 = r0 + cols;
            boolean four = i + 3 < rows;
            int r2 = four ? r1 + cols : r0;
            int r3 = four ? r2 + cols : r1;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < cols; j++) {
                double xj = x[xOffset + j];
                s0 += m[r0 + j] * xj;
                s1 += m[r1 + j] * xj;
                s2 += m[r2 + j] * xj;
                s3 += m[r3 + j] * xj;
            }
            y[yOffset + i] = s0;
            y[yOffset + i + 1] = s1;
            if (four) {
                y[yOffset + i + 2] = s2;
                y[yOffset + i + 3] = s3;
            }
            i += four ? 4 : 2;
        }
        if (i < rows) {
            y[yOffset + i] = dot(m, i * cols, x, xOffset, cols);
        }
    }

    /**
     * y = M^T v: y[j] = sum_i m[i*cols + j] * v[i] for j in [0, cols), each sum taken in the order of i.
     * See {@link #matTVecAdd}.
     */
    public static void matTVec(float[] m, int rows, int cols, double[] v, double[] y) {
        for (int j = 0; j < cols; j++) {
            y[j] = 0;
        }
        matTVecAdd(m, rows, cols, v, y);
    }

    /**
     * y += M^T v, adding the rows of M into y in the order of i, each weighted by v[i]. Eight rows are
     * added in one pass over y (of the rows left, four, then two): the sum for y[j] still takes them one
     * after the other, left to right. The readout's six rows take two passes, not three: a training
     * window of the selective linear cell about 2% less time on both engines.
     */
    public static void matTVecAdd(float[] m, int rows, int cols, double[] v, double[] y) {
        matTVecAdd(m, rows, cols, v, 0, y);
    }

    /** {@link #matTVecAdd(float[], int, int, double[], double[])} for the v at v[vOffset ..]. */
    public static void matTVecAdd(float[] m, int rows, int cols, double[] v, int vOffset, double[] y) {
        int i = 0;
        for (; i + 7 < rows; i += 8) {
            int r0 = i * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            int r4 = r3 + cols;
            int r5 = r4 + cols;
            int r6 = r5 + cols;
            int r7 = r6 + cols;
            double v0 = v[vOffset + i];
            double v1 = v[vOffset + i + 1];
            double v2 = v[vOffset + i + 2];
            double v3 = v[vOffset + i + 3];
            double v4 = v[vOffset + i + 4];
            double v5 = v[vOffset + i + 5];
            double v6 = v[vOffset + i + 6];
            double v7 = v[vOffset + i + 7];
            for (int j = 0; j < cols; j++) {
                y[j] = y[j] + m[r0 + j] * v0 + m[r1 + j] * v1 + m[r2 + j] * v2 + m[r3 + j] * v3
                        + m[r4 + j] * v4 + m[r5 + j] * v5 + m[r6 + j] * v6 + m[r7 + j] * v7;
            }
        }
        if (i + 3 < rows) { // four more rows in one pass
            int r0 = i * cols;
            int r1 = r0 + cols;
            int r2 = r1 + cols;
            int r3 = r2 + cols;
            double v0 = v[vOffset + i];
            double v1 = v[vOffset + i + 1];
            double v2 = v[vOffset + i + 2];
            double v3 = v[vOffset + i + 3];
            for (int j = 0; j < cols; j++) {
                y[j] = y[j] + m[r0 + j] * v0 + m[r1 + j] * v1 + m[r2 + j] * v2 + m[r3 + j] * v3;
            }
            i += 4;
        }
        if (i + 1 < rows) { // two more rows in one pass: the readout's last two
            int r0 = i * cols;
            int r1 = r0 + cols;
            double v0 = v[vOffset + i];
            double v1 = v[vOffset + i + 1];
            for (int j = 0; j < cols; j++) {
                y[j] = y[j] + m[r0 + j] * v0 + m[r1 + j] * v1;
            }
            i += 2;
        }
        for (; i < rows; i++) {
            int r = i * cols;
            double vi = v[vOffset + i];
            for (int j = 0; j < cols; j++) {
                y[j] = y[j] + m[r + j] * vi;
            }
        }
    }

    /**
     * M += sum_k a_k b_k^T for the rows x cols matrix m, a_k at a[k*rows ..] and b_k at b[k*cols ..], for k
     * in [0, count): every entry gets its products added one by one in the order of k, the same bits as
     * m += a_k b_k^T one k after the other. Two rows by four columns of m are kept in registers through
     * all k, so that m is read and written once.
     */
    public static void addOuters(double[] m, int rows, int cols, double[] a, int count, double[] b) {
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            int r0 = i * cols;
            int r1 = r0 + cols;
            int j = 0;
            for (; j + 3 < cols; j += 4) {
                double s00 = m[r0 + j];
                double s01 = m[r0 + j + 1];
                double s02 = m[r0 + j + 2];
                double s03 = m[r0 + j + 3];
                double s10 = m[r1 + j];
                double s11 = m[r1 + j + 1];
                double s12 = m[r1 + j + 2];
                double s13 = m[r1 + j + 3];
                for (int k = 0, ak = i, bk = j; k < count; k++, ak += rows, bk += cols) {
                    double a0 = a[ak];
                    double a1 = a[ak + 1];
                    double b0 = b[bk];
                    double b1 = b[bk + 1];
                    double b2 = b[bk + 2];
                    double b3 = b[bk + 3];
                    s00 += a0 * b0;
                    s01 += a0 * b1;
                    s02 += a0 * b2;
                    s03 += a0 * b3;
                    s10 += a1 * b0;
                    s11 += a1 * b1;
                    s12 += a1 * b2;
                    s13 += a1 * b3;
                }
                m[r0 + j] = s00;
                m[r0 + j + 1] = s01;
                m[r0 + j + 2] = s02;
                m[r0 + j + 3] = s03;
                m[r1 + j] = s10;
                m[r1 + j + 1] = s11;
                m[r1 + j + 2] = s12;
                m[r1 + j + 3] = s13;
            }
            for (; j < cols; j++) {
                double s0 = m[r0 + j];
                double s1 = m[r1 + j];
                for (int k = 0; k < count; k++) {
                    double bj = b[k * cols + j];
                    s0 += a[k * rows + i] * bj;
                    s1 += a[k * rows + i + 1] * bj;
                }
                m[r0 + j] = s0;
                m[r1 + j] = s1;
            }
        }
        for (; i < rows; i++) {
            int r = i * cols;
            for (int j = 0; j < cols; j++) {
                double sum = m[r + j];
                for (int k = 0; k < count; k++) {
                    sum += a[k * rows + i] * b[k * cols + j];
                }
                m[r + j] = sum;
            }
        }
    }

    /**
     * Column {@code col} of the rows x cols matrix m += d and v += d, in one pass, for the rows doubles of d
     * from dOffset: the gradients of an input matrix for a one-hot x and of its bias.
     */
    public static void addColumnAndVector(double[] m, int rows, int cols, int col, double[] v, double[] d, int dOffset) {
        for (int i = 0; i < rows; i++) {
            double di = d[dOffset + i];
            m[i * cols + col] += di;
            v[i] += di;
        }
    }

    /** Every entry of v set to 0. */
    public static void zero(double[] v) {
        for (int k = 0; k < v.length; k++) {
            v[k] = 0;
        }
    }

    /** target[k] += d[k] for k in [0, n). */
    public static void add(double[] target, double[] d, int n) {
        add(target, d, 0, n);
    }

    /** target[k] += d[dOffset + k] for k in [0, n). */
    public static void add(double[] target, double[] d, int dOffset, int n) {
        for (int k = 0; k < n; k++) {
            target[k] += d[dOffset + k];
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

    /**
     * σ(x) = 1/2 + tanh(x/2)/2, on our own tanh: the same bits on every engine. Exactly 0 or 1 beyond
     * |x| = 20, where tanh is clamped (σ(-20) is 2e-9).
     */
    public static double sigmoid(double x) {
        return 0.5 + 0.5 * tanh(x * 0.5);
    }

    /**
     * out[at + k] = (float) tanh(x[from + k]) for k in [0, n). A row at a time in a loop of its own, which
     * the engines compile with tanh inlined: called value by value from a larger step, tanh stayed a call,
     * and in TeaVM's JavaScript a call that returns a double allocates the number it returns.
     */
    public static void tanh(double[] x, int from, int n, float[] out, int at) {
        for (int k = 0; k < n; k++) {
            out[at + k] = (float) tanh(x[from + k]);
        }
    }

    /** out[at + k] = (float) σ(x[from + k]) for k in [0, n), as {@link #tanh(double[], int, int, float[], int)}. */
    public static void sigmoid(double[] x, int from, int n, float[] out, int at) {
        for (int k = 0; k < n; k++) {
            out[at + k] = (float) sigmoid(x[from + k]);
        }
    }

    /** e^y for 0 <= y < 2 * TANH_CLAMP: y = k ln2 + r with 0 <= r < ln 2, e^r by its series, 2^k exactly. */
    static double exp(double y) {
        int k = (int) (y * INV_LN2);
        return expTaylor(y - k * LN2) * (1 << k);
    }

    /**
     * e^r by its Taylor series to r^13 / 13!, for |r| < ln 2 (to within 1e-13 there, and to a few ulp
     * for |r| <= ln 2 / 2). The series is summed in pairs of terms (Estrin's scheme), so that few
     * operations wait on each other.
     */
    static double expTaylor(double r) {
        double r2 = r * r;
        double r4 = r2 * r2;
        double r8 = r4 * r4;
        double p01 = 1.0 + r;
        double p23 = 1.0 / 2 + r * (1.0 / 6);
        double p45 = 1.0 / 24 + r * (1.0 / 120);
        double p67 = 1.0 / 720 + r * (1.0 / 5040);
        double p89 = 1.0 / 40320 + r * (1.0 / 362880);
        double p1011 = 1.0 / 3628800 + r * (1.0 / 39916800);
        double p1213 = 1.0 / 479001600 + r * (1.0 / 6227020800.0);
        double p03 = p01 + p23 * r2;
        double p47 = p45 + p67 * r2;
        double p811 = p89 + p1011 * r2;
        return p03 + p47 * r4 + r8 * (p811 + p1213 * r4);
    }

    /** Made on first use: a static initializer would be checked on every call of every kernel in TeaVM's builds. */
    private static float[] rounding;

    /**
     * x rounded to a float as the JVM's cast rounds it, on every engine: TeaVM's JavaScript keeps a
     * float local or argument in a double and rounds only when it stores into a float[] (a Float32Array).
     */
    public static float toFloat(double x) {
        if (rounding == null) {
            rounding = new float[1];
        }
        rounding[0] = (float) x;
        return rounding[0];
    }
}
