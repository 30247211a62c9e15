package rnnplayground.app;

import rnnplayground.core.Alphabet;

/** What the sequence box accepts, and the messages it shows when it refuses something. */
public final class SequenceRules {
    /** Long enough for real experiments, short enough that every column stays readable. */
    public static final int MAX_LENGTH = 64;
    public static final String DEFAULT_SEQUENCE = "abracadabra";

    private SequenceRules() {
    }

    /** The character to insert for {@code c}: itself, its lowercase form, or 0 when it is refused. */
    public static char accept(char c) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Alphabet.contains(lower) ? lower : 0;
    }

    public static boolean isValid(String sequence) {
        if (sequence.length() > MAX_LENGTH) {
            return false;
        }
        for (int k = 0; k < sequence.length(); k++) {
            if (!Alphabet.contains(sequence.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "“x” and “1” can't be read: …" naming each refused character once, in the order typed. */
    public static String refusedMessage(String refused) {
        StringBuilder names = new StringBuilder();
        int count = 0;
        for (int k = 0; k < refused.length(); k++) {
            char c = refused.charAt(k);
            if (refused.indexOf(c) != k) {
                continue;
            }
            if (count > 0) {
                names.append(", ");
            }
            names.append(describe(c));
            count++;
        }
        return names + (count == 1 ? " is" : " are") + " not allowed. Use only " + SymbolText.alphabet() + ".";
    }

    /** The line under the box: "Letters a b r c d and space, up to 64." */
    public static String help() {
        return "Letters " + SymbolText.alphabet() + ", up to " + MAX_LENGTH + ".";
    }

    public static String tooLongMessage() {
        return "At most " + MAX_LENGTH + " characters: the rest was not added.";
    }

    private static String describe(char c) {
        switch (c) {
            case '\n':
            case '\r':
                return "line break";
            case '\t':
                return "tab";
            default:
                return "“" + c + "”";
        }
    }
}
