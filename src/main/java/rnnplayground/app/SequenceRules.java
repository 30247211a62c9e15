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

    /** What refused characters and a cut at the length limit are told as, or "" when there was neither. */
    public static String refusalMessage(RefusedCharacters refused, boolean truncated) {
        if (refused.isEmpty()) {
            return truncated ? tooLongMessage() : "";
        }
        return refusedMessage(refused) + (truncated ? " " + tooLongMessage() : "");
    }

    /**
     * "“x”, “1” and “é” are not allowed. …", or, past {@link RefusedCharacters#NAMED} different
     * characters, "“x”, “1”, “é”, “?”, “#” and 19995 others are not allowed. …".
     */
    public static String refusedMessage(RefusedCharacters refused) {
        return Sentences.list(refused.listed()) + (refused.count() == 1 ? " is" : " are")
                + " not allowed. Use only " + SymbolText.alphabet() + ".";
    }

    /** The line under the box: "Letters a b r c d and space, up to 64." */
    public static String help() {
        return "Letters " + SymbolText.alphabet() + ", up to " + MAX_LENGTH + ".";
    }

    public static String tooLongMessage() {
        return "At most " + MAX_LENGTH + " characters: the rest was not added.";
    }
}
