package rnnplayground.app;

import rnnplayground.core.Cells;

/** The choices of the cell controls: which cells, and the recurrent scale ρ. */
public final class CellSettings {
    /** ρ from 0.25 to 2 in steps of 0.05, as written in the control and in the link. */
    public static final String[] RECURRENT_SCALE_TEXTS = scaleTexts();
    /** 0.9, the spectral norm the plain RNN's W_hh has always been drawn with. */
    public static final int DEFAULT_RECURRENT_SCALE = indexOf(Cells.DEFAULT_RECURRENT_SCALE);
    /** The cells' keys, the plain RNN first; with "" before them for "no second cell". */
    public static final String[] CELLS = Cells.keys();
    public static final String[] COMPARED = withNone(CELLS);

    private static final int FIRST_TWENTIETH = 5;
    private static final int LAST_TWENTIETH = 40;

    private CellSettings() {
    }

    /** ρ of {@code index}: k / 20, exactly as Java's division rounds it (the same bits everywhere). */
    public static double recurrentScale(int index) {
        return (FIRST_TWENTIETH + index) / 20.0;
    }

    private static String[] scaleTexts() {
        String[] texts = new String[LAST_TWENTIETH - FIRST_TWENTIETH + 1];
        for (int k = 0; k < texts.length; k++) {
            String text = NumberText.plain(recurrentScale(k), 2);
            while (text.endsWith("0")) {
                text = text.substring(0, text.length() - 1);
            }
            texts[k] = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
        return texts;
    }

    private static int indexOf(double scale) {
        for (int k = 0; k <= LAST_TWENTIETH - FIRST_TWENTIETH; k++) {
            if (recurrentScale(k) == scale) {
                return k;
            }
        }
        throw new IllegalStateException("the default recurrent scale is not one of the choices");
    }

    private static String[] withNone(String[] keys) {
        String[] all = new String[keys.length + 1];
        all[0] = "";
        System.arraycopy(keys, 0, all, 1, keys.length);
        return all;
    }
}
