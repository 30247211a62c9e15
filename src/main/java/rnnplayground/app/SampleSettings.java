package rnnplayground.app;

/** The sampling controls: the temperatures offered, and how long a sample is. */
public final class SampleSettings {
    /** Symbols in a sample, the sequence's first one included. */
    public static final int LENGTH = 64;
    /** τ from 0.1 to 2 in steps of 0.1, as written in the control and in the link. */
    public static final String[] TEMPERATURE_TEXTS = texts();
    /** τ = 1: the model's own probabilities. */
    public static final int DEFAULT_TEMPERATURE = 9;
    public static final int DEFAULT_SEED = 1;

    private SampleSettings() {
    }

    /** τ of {@code index}: k / 10, exactly as Java's division rounds it (the same bits everywhere). */
    public static double temperature(int index) {
        return (index + 1) / 10.0;
    }

    private static String[] texts() {
        String[] texts = new String[20];
        for (int k = 0; k < texts.length; k++) {
            int tenths = k + 1;
            texts[k] = tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10;
        }
        return texts;
    }
}
