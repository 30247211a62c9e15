package rnnplayground.core;

/** The symbols the network reads, in a fixed order, and their one-hot encoding. */
public final class Alphabet {
    public static final String SYMBOLS = "abrcd ";
    public static final int SIZE = SYMBOLS.length();

    private Alphabet() {
    }

    public static boolean contains(char c) {
        return SYMBOLS.indexOf(c) >= 0;
    }

    /** The index of {@code c}; refuses any character outside the alphabet, naming it. */
    public static int indexOf(char c) {
        int index = SYMBOLS.indexOf(c);
        if (index < 0) {
            throw new IllegalArgumentException("'" + c + "' is not in the alphabet (a b r c d and space)");
        }
        return index;
    }

    public static char symbolAt(int index) {
        return SYMBOLS.charAt(index);
    }

    /** The index of every character of {@code sequence}, in order. */
    public static int[] encode(String sequence) {
        int[] symbols = new int[sequence.length()];
        for (int t = 0; t < symbols.length; t++) {
            symbols[t] = indexOf(sequence.charAt(t));
        }
        return symbols;
    }

    /** Writes the one-hot vector x of the symbol with this index into {@code x} (length {@link #SIZE}). */
    public static void oneHot(int index, float[] x) {
        for (int k = 0; k < SIZE; k++) {
            x[k] = 0f;
        }
        x[index] = 1f;
    }
}
