package rnnplayground.app;

/**
 * Fixed-point formatting by hand (String.format would add ~160 KB to each build). Integers are held
 * in doubles (exact below 2^53), not in longs: TeaVM's JavaScript makes every long a BigInt, which
 * would make each number written here cost as much as drawing a column.
 */
public final class NumberText {
    private NumberText() {
    }

    /** {@code value} rounded to {@code digits} decimals, "−" (minus sign) for negatives, e.g. "−0.125". */
    public static String fixed(double value, int digits) {
        return format(value, digits, "\u2212");
    }

    /**
     * {@code value} with {@code decimals} decimals, or more where that would leave fewer than two
     * significant digits: "1.792", "0.083", "0.0083", "0.00031".
     */
    public static String significant(double value, int decimals) {
        double magnitude = Math.abs(value);
        int shown = decimals;
        for (double bound = power(1 - decimals); magnitude > 0 && magnitude < bound && shown < 12; bound /= 10) {
            shown++;
        }
        return fixed(value, shown);
    }

    /**
     * The page's one way with small and large numbers, on every axis, legend and label: plain decimals
     * from {@link #PLAIN_FROM} up to {@link #PLAIN_BELOW}, a power of ten outside ("3.1 × 10⁻⁵", an axis's
     * "10⁻³"), never "1e-4".
     */
    public static final double PLAIN_FROM = 0.01;
    public static final double PLAIN_BELOW = 1000;

    /** "0.56", "3.1 × 10⁻⁵", "2.4 × 10⁶": two significant digits, a power of ten once that reads better. */
    public static String scientific(double value) {
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return "0"; // exactly: a zero written 0.00 would look rounded
        }
        if (magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW) {
            return significant(value, 2);
        }
        int exponent = 0;
        while (magnitude >= 10) {
            magnitude /= 10;
            exponent++;
        }
        while (magnitude < 1) {
            magnitude *= 10;
            exponent--;
        }
        if (roundHalfUp(magnitude * 10) >= 100) {
            magnitude /= 10;
            exponent++;
        }
        return (value < 0 ? "\u2212" : "") + fixed(magnitude, 1) + " \u00d7 10" + superscript(exponent);
    }

    /**
     * {@code value} to {@code decimals} decimals (more where it is small: see {@link #significant}) in the
     * plain range, as {@link #scientific} writes it below: a loss of "0.083", or "3.7 × 10⁻³".
     */
    public static String amount(double value, int decimals) {
        double magnitude = Math.abs(value);
        return magnitude == 0 || magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW ? significant(value, decimals)
                : scientific(value);
    }

    /** 10^p as an axis labels it, in the same rule: "0.01", "0.1", "1", "10", "100", and "10⁻³", "10³" beyond. */
    public static String powerOfTen(int p) {
        if (p >= 0 && p <= 2) {
            return p == 0 ? "1" : p == 1 ? "10" : "100";
        }
        if (p == -1 || p == -2) {
            return p == -1 ? "0.1" : "0.01";
        }
        return "10" + superscript(p);
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder out = new StringBuilder(n < 0 ? "\u207b" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    /** A share from 0 to 1 as a whole percentage: "61%". */
    public static String percent(double share) {
        return fixed(share * 100, 0) + "%";
    }

    /** "40 s", "1 min 5 s", "2 h 5 min": a time rounded up to whole seconds, an hour or more to whole minutes. */
    public static String duration(double ms) {
        int seconds = (int) Math.ceil(Math.max(0, ms) / 1000);
        if (seconds >= 3600) {
            int minutes = (seconds + 59) / 60;
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    /** A whole number with its thousands grouped: "10,000". */
    public static String grouped(int n) {
        String digits = Integer.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "\u2212" : "");
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(k));
        }
        return out.toString();
    }

    /** Like {@link #fixed} with an ASCII "-", for machine-readable output. */
    public static String plain(double value, int digits) {
        return format(value, digits, "-");
    }

    /**
     * {@code value} with 9 significant digits, trailing zeros dropped, "-" for negatives: enough for
     * {@code Float.parseFloat} (or JSON, or a spreadsheet) to give back exactly the same float.
     * Plain decimals for 1e-7 <= |value| < 1e9, otherwise "1.5e-8" notation.
     */
    public static String exact(float value) {
        if (value != value) {
            return "NaN";
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        double v = Math.abs((double) value);
        if (Double.isInfinite(v)) {
            return sign + "Infinity";
        }
        int exponent = 0; // 10^exponent <= v < 10^(exponent + 1)
        while (v >= power(exponent + 1)) {
            exponent++;
        }
        while (v < power(exponent)) {
            exponent--;
        }
        double digits = roundHalfUp(v * power(8 - exponent));
        if (digits < 1e8) { // 10^exponent was a hair too large
            exponent--;
            digits = roundHalfUp(v * power(8 - exponent));
        }
        if (digits >= 1e9) {
            digits = roundHalfUp(v * power(7 - exponent));
            exponent++;
        }
        String nine = integerText(digits);
        if (exponent >= -7 && exponent < 9) {
            String whole;
            String fraction;
            if (exponent >= 0) {
                whole = nine.substring(0, exponent + 1);
                fraction = nine.substring(exponent + 1);
            } else {
                whole = "0";
                StringBuilder zeros = new StringBuilder();
                for (int k = -1; k > exponent; k--) {
                    zeros.append('0');
                }
                fraction = zeros + nine;
            }
            fraction = trimZeros(fraction);
            return sign + whole + (fraction.isEmpty() ? "" : "." + fraction);
        }
        String fraction = trimZeros(nine.substring(1));
        return sign + nine.charAt(0) + (fraction.isEmpty() ? "" : "." + fraction) + "e" + exponent;
    }

    /** 10^n as a double (exact for |n| <= 22, within an ulp or two beyond). */
    private static double power(int n) {
        double p = 1;
        for (int k = 0; k < Math.abs(n); k++) {
            p *= 10;
        }
        return n < 0 ? 1 / p : p;
    }

    private static String trimZeros(String fraction) {
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return fraction.substring(0, end);
    }

    private static String format(double value, int digits, String minus) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return (value < 0 ? minus : "") + "Infinity";
        }
        double scale = power(digits);
        double scaled = roundHalfUp(Math.abs(value) * scale);
        String sign = value < 0 && scaled != 0 ? minus : "";
        double whole = Math.floor(scaled / scale);
        if (whole * scale > scaled) { // the division rounded up
            whole--;
        }
        if (digits == 0) {
            return sign + integerText(whole);
        }
        String fraction = integerText(scaled - whole * scale);
        StringBuilder out = new StringBuilder(sign).append(integerText(whole)).append('.');
        for (int k = fraction.length(); k < digits; k++) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }

    /** Math.round for x >= 0: the nearest integer, halves up. */
    private static double roundHalfUp(double x) {
        double floor = Math.floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /** The decimal digits of a whole number n >= 0 held in a double. */
    private static String integerText(double n) {
        if (n < Integer.MAX_VALUE) {
            return Integer.toString((int) n);
        }
        StringBuilder digits = new StringBuilder();
        for (double rest = n; rest >= 1; rest = Math.floor(rest / 10)) {
            digits.append((char) ('0' + (int) (rest % 10)));
        }
        return digits.reverse().toString();
    }
}
