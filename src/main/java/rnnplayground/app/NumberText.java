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
