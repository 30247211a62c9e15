package rnnplayground.core;

/**
 * e^x for x <= 0 and log x for x > 0, from + - * / only (no Math.exp or Math.log), so that softmax and
 * the loss give the same bits on every engine. Both are within a few ulp of the true value.
 */
public final class ExpLog {
    /** ln 2 in two parts: k * LN2_HI is exact for |k| < 2^20, LN2_LO carries the rest (fdlibm's split). */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double SQRT2 = 1.4142135623730951;
    /** e^x is below half the smallest subnormal double here: it rounds to 0. */
    private static final double UNDERFLOW = -745.2;
    private static final double TWO_POW_30 = 1 << 30;
    private static final double TWO_POW_MINUS_1000 = 9.332636185032189e-302;

    private ExpLog() {
    }

    /**
     * e^x for x <= 0 (and -∞): x = k ln2 + r with k the nearest integer to x / ln2, so |r| <= ln2 / 2,
     * e^r by its series ({@link Kernels#expTaylor}), times 2^k exactly (a result below the normal range
     * is rounded once). 0 below -745.2; NaN for NaN. Refuses x > 0.
     */
    public static double exp(double x) {
        if (x < UNDERFLOW) {
            return 0;
        }
        if (x > 0) {
            throw new IllegalArgumentException("exp is defined here for x <= 0 only");
        }
        int k = floor(x * INV_LN2 + 0.5);
        double p = Kernels.expTaylor(x - k * LN2_HI - k * LN2_LO);
        if (k < -1022) {
            p *= TWO_POW_MINUS_1000; // exact: p >= 1/sqrt(2), so the product is still a normal number
            k += 1000;
        }
        return powerOfTwo(k) * p; // not p * (scale / 2^-k), which TeaVM would print as p * scale / 2^-k
    }

    /**
     * (int) Math.floor(y) for y within the range of int (and 0 for NaN), without Math.floor: TeaVM's
     * WebAssembly build calls it in JavaScript, a round trip on every exponential.
     */
    private static int floor(double y) {
        int k = (int) y; // towards zero: one above the floor of a negative number with a fraction
        return k > y ? k - 1 : k;
    }

    /** 2^k for -1022 <= k <= 0, exactly. */
    private static double powerOfTwo(int k) {
        double scale = 1;
        while (k <= -30) {
            scale /= TWO_POW_30;
            k += 30;
        }
        return scale / (1 << -k);
    }

    /**
     * The natural logarithm of x > 0 (+∞ for +∞): x = m 2^e with m in (1/√2, √2], found by exact
     * multiplications and divisions by powers of two, then log m = 2 atanh(s), s = (m - 1) / (m + 1),
     * |s| < 0.172, by its series 2 (s + s^3/3 + … + s^21/21). NaN for NaN; refuses x <= 0.
     */
    public static double log(double x) {
        if (x <= 0) {
            throw new IllegalArgumentException("log is defined for x > 0 only");
        }
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double m = x;
        int e = 0;
        while (m >= TWO_POW_30) {
            m /= TWO_POW_30;
            e += 30;
        }
        while (m < 1) {
            m *= TWO_POW_30;
            e -= 30;
        }
        while (m >= 2) {
            m *= 0.5;
            e++;
        }
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        double s = (m - 1) / (m + 1);
        double s2 = s * s;
        double series = 1.0 / 21;
        for (int n = 19; n >= 1; n -= 2) {
            series = series * s2 + 1.0 / n;
        }
        return e * LN2_LO + 2 * s * series + e * LN2_HI;
    }
}
