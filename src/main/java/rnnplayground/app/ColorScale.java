package rnnplayground.app;

/**
 * A diverging, colour-blind-safe scale for tanh's −1 … +1 (ColorBrewer RdBu, five stops): blue for
 * negative, near white for 0, red for positive. The page draws its legend from this class too.
 */
public final class ColorScale {
    private static final int[][] STOPS = {
        {33, 102, 172}, {146, 197, 222}, {247, 247, 247}, {244, 165, 130}, {178, 24, 43}
    };
    /** Odd, so that 0 falls exactly on the middle stop. */
    public static final int LEVELS = 257;
    private static final int[] RGB = table();
    /**
     * Relative luminance under which white text has more contrast than near-black text: with
     * near-black at luminance 0.0056, (1.05 / (L + 0.05)) > ((L + 0.05) / 0.0556) below it.
     */
    private static final double LIGHT_TEXT_BELOW = 0.19;

    private ColorScale() {
    }

    /** 0xRRGGBB for {@code value}, clamped to [−1, 1]. */
    public static int rgb(double value) {
        return RGB[level(value)];
    }

    /** Whether text on the colour of {@code value} reads better in white than in near-black. */
    public static boolean wantsLightText(double value) {
        int rgb = rgb(value);
        double luminance = 0.2126 * squared(rgb >> 16) + 0.7152 * squared(rgb >> 8 & 0xff) + 0.0722 * squared(rgb & 0xff);
        return luminance < LIGHT_TEXT_BELOW;
    }

    /** A channel 0…255 made linear, roughly (sRGB's curve taken as a square). */
    private static double squared(int channel) {
        double c = channel / 255.0;
        return c * c;
    }

    private static int level(double value) {
        double v = value > 1 ? 1 : value < -1 ? -1 : value;
        if (v != v) {
            v = 0;
        }
        // rounds half up like Math.round, without its long (which TeaVM's JavaScript makes a BigInt)
        return (int) ((v + 1) / 2 * (LEVELS - 1) + 0.5);
    }

    /** "#rrggbb" for {@code value}. */
    public static String css(double value) {
        String hex = Integer.toHexString(rgb(value) | 0x1000000);
        return "#" + hex.substring(1);
    }

    private static int[] table() {
        int[] rgb = new int[LEVELS];
        for (int level = 0; level < LEVELS; level++) {
            double position = (double) level / (LEVELS - 1) * (STOPS.length - 1);
            int lower = Math.min((int) position, STOPS.length - 2);
            double f = position - lower;
            int color = 0;
            for (int channel = 0; channel < 3; channel++) {
                double c = STOPS[lower][channel] + (STOPS[lower + 1][channel] - STOPS[lower][channel]) * f;
                color = (color << 8) | (int) Math.round(c);
            }
            rgb[level] = color;
        }
        return rgb;
    }
}
