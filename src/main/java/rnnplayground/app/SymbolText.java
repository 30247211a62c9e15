package rnnplayground.app;

import rnnplayground.core.Alphabet;

/** How the symbols of the alphabet are written for people: the one place that knows how a space looks. */
public final class SymbolText {
    /** An open box: a space that can be seen. */
    private static final String SPACE_GLYPH = "\u2423";

    private SymbolText() {
    }

    /** "a", or "␣" for the space: a letter under a column, in a picture, in a table header. */
    public static String glyph(int symbol) {
        char c = Alphabet.symbolAt(symbol);
        return c == ' ' ? SPACE_GLYPH : String.valueOf(c);
    }

    /** "a", or "space": a symbol named on its own, as a table header names its column. */
    public static String name(int symbol) {
        char c = Alphabet.symbolAt(symbol);
        return c == ' ' ? "space" : String.valueOf(c);
    }

    /** "“a”", or "space": a symbol inside a sentence. */
    public static String quoted(int symbol) {
        char c = Alphabet.symbolAt(symbol);
        return c == ' ' ? "space" : "“" + c + "”";
    }

    /** "a b r c d and space": the alphabet, for help texts and messages. */
    public static String alphabet() {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < Alphabet.SIZE; k++) {
            if (k > 0) {
                out.append(k == Alphabet.SIZE - 1 ? " and " : " ");
            }
            out.append(name(k));
        }
        return out.toString();
    }
}
