package rnnplayground.app;

import rnnplayground.core.ExpLog;

/**
 * A colour scale from a few colour-blind-safe ColorBrewer stops, as a table of {@link #LEVELS}
 * colours. {@link #STATE} is diverging for tanh's −1 … +1 (RdBu: blue for negative, near white for 0,
 * red for positive); {@link #PROBABILITY} is sequential for 0 … 1 (Purples). The page draws its legends
 * from these tables too.
 */
public final class ColorScale {
    public static final ColorScale STATE = new ColorScale(-1, 1, new int[][] {
        {33, 102, 172}, {146, 197, 222}, {247, 247, 247}, {244, 165, 130}, {178, 24, 43}
    });
    public static final ColorScale PROBABILITY = new ColorScale(0, 1, new int[][] {
        {252, 251, 253}, {203, 201, 226}, {158, 154, 200}, {117, 107, 177}, {84, 39, 143}
    });
    /** Gates, σ's 0 … 1 (Oranges). */
    public static final ColorScale GATE = new ColorScale(0, 1, new int[][] {
        {254, 237, 222}, {253, 190, 133}, {253, 141, 60}, {230, 85, 13}, {166, 54, 3}
    });
    /** A magnitude as a fraction of the largest of its row, on a logarithmic axis: see {@link #magnitude}. */
    public static final ColorScale MAGNITUDE = new ColorScale(0, 1, new int[][] {
        {247, 252, 245}, {186, 228, 179}, {116, 196, 118}, {49, 163, 84}, {0, 109, 44}
    });
    /** Orders of magnitude the magnitude scale spans: 1 down to 10^-ORDERS. */
    public static final int ORDERS = 8;
    private static final double LN10 = 2.302585092994046;

    /** Odd, so that the middle of the range falls exactly on the middle stop. */
    public static final int LEVELS = 257;
    /**
     * Relative luminance under which white text has more contrast than near-black text: with
     * near-black at luminance 0.0056, (1.05 / (L + 0.05)) > ((L + 0.05) / 0.0556) below it.
     */
    private static final double LIGHT_TEXT_BELOW = 0.19;

    public final double low;
    public final double high;
    private final int[] rgb;

    private ColorScale(double low, double high, int[][] stops) {
        this.low = low;
        this.high = high;
        this.rgb = table(stops);
    }

    /** 0xRRGGBB for {@code value}, clamped to the scale's range; NaN paints as the middle. */
    public int rgb(double value) {
        return rgb[level(value)];
    }

    /**
     * The position 0 … 1 of {@code value} on a logarithmic axis from {@code largest} / 10^ORDERS (0) to
     * {@code largest} (1): 0 for nothing, or for anything that small.
     */
    public static double magnitude(double value, double largest) {
        if (!(value > 0) || !(largest > 0)) {
            return 0;
        }
        double orders = ExpLog.log(value / largest) / LN10;
        return orders <= -ORDERS ? 0 : 1 + orders / ORDERS;
    }

    /** "#rrggbb" for {@code value}. */
    public String css(double value) {
        String hex = Integer.toHexString(rgb(value) | 0x1000000);
        return "#" + hex.substring(1);
    }

    /** Whether text on the colour of {@code value} reads better in white than in near-black. */
    public boolean wantsLightText(double value) {
        int colour = rgb(value);
        double luminance = 0.2126 * squared(colour >> 16) + 0.7152 * squared(colour >> 8 & 0xff)
                + 0.0722 * squared(colour & 0xff);
        return luminance < LIGHT_TEXT_BELOW;
    }

    /** A channel 0…255 made linear, roughly (sRGB's curve taken as a square). */
    private static double squared(int channel) {
        double c = channel / 255.0;
        return c * c;
    }

    private int level(double value) {
        double v = value > high ? high : value < low ? low : value;
        if (v != v) {
            v = (low + high) / 2;
        }
        // rounds half up like Math.round, without its long (which TeaVM's JavaScript makes a BigInt)
        return (int) ((v - low) / (high - low) * (LEVELS - 1) + 0.5);
    }

    private static int[] table(int[][] stops) {
        int[] rgb = new int[LEVELS];
        for (int level = 0; level < LEVELS; level++) {
            double position = (double) level / (LEVELS - 1) * (stops.length - 1);
            int lower = Math.min((int) position, stops.length - 2);
            double f = position - lower;
            int color = 0;
            for (int channel = 0; channel < 3; channel++) {
                double c = stops[lower][channel] + (stops[lower + 1][channel] - stops[lower][channel]) * f;
                color = (color << 8) | (int) Math.round(c);
            }
            rgb[level] = color;
        }
        return rgb;
    }
}
