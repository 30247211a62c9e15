package rnnplayground.app;

/**
 * A diverging, colour-blind-safe scale for tanh's −1 … +1 (ColorBrewer RdBu, five stops): blue for
 * negative, near white for 0, red for positive. The same stops draw the legend in style.css.
 */
public final class ColorScale {
    private static final int[][] STOPS = {
        {33, 102, 172}, {146, 197, 222}, {247, 247, 247}, {244, 165, 130}, {178, 24, 43}
    };
    /** Odd, so that 0 falls exactly on the middle stop. */
    public static final int LEVELS = 257;
    private static final int[] RGB = table();

    private ColorScale() {
    }

    /** 0xRRGGBB for {@code value}, clamped to [−1, 1]. */
    public static int rgb(double value) {
        double v = value > 1 ? 1 : value < -1 ? -1 : value;
        if (v != v) {
            v = 0;
        }
        // rounds half up like Math.round, without its long (which TeaVM's JavaScript makes a BigInt)
        return RGB[(int) ((v + 1) / 2 * (LEVELS - 1) + 0.5)];
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
