package rnnplayground.core;

/** The symbols the network reads, in a fixed order, and their one-hot encoding. */
public final class Alphabet {
    public static final String SYMBOLS = "abrcd ";
    /**
     * SYMBOLS.length(), written as a constant so that the classes that name it need no static
     * initializer: TeaVM checks one on every call of their methods, in the hottest loops too.
     */
    public static final int SIZE = 6;

    private Alphabet() {
    }

    public static boolean contains(char c) {
        return SYMBOLS.indexOf(c) >= 0;
    }

    /** The index of {@code c}; refuses any character outside the alphabet, naming it. */
    public static int indexOf(char c) {
        int index = SYMBOLS.indexOf(c);
        if (index < 0) {
            throw new IllegalArgumentException("'" + c + "' is not one of the symbols \"" + SYMBOLS + "\"");
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
}
