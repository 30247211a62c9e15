package rnnplayground.app;

/** Fixed-point formatting by hand (String.format would add ~160 KB to each build). */
public final class NumberText {
    private NumberText() {
    }

    /** {@code value} rounded to {@code digits} decimals, "−" (minus sign) for negatives, e.g. "−0.125". */
    public static String fixed(double value, int digits) {
        return format(value, digits, "\u2212");
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
        long digits = Math.round(v * power(8 - exponent));
        if (digits < 100_000_000L) { // 10^exponent was a hair too large
            exponent--;
            digits = Math.round(v * power(8 - exponent));
        }
        if (digits >= 1_000_000_000L) {
            digits = Math.round(v * power(7 - exponent));
            exponent++;
        }
        String nine = Long.toString(digits);
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
        double scale = 1;
        for (int k = 0; k < digits; k++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String sign = value < 0 && scaled != 0 ? minus : "";
        String whole = Long.toString(scaled / (long) scale);
        if (digits == 0) {
            return sign + whole;
        }
        String fraction = Long.toString(scaled % (long) scale);
        StringBuilder out = new StringBuilder(sign).append(whole).append('.');
        for (int k = fraction.length(); k < digits; k++) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }
}
