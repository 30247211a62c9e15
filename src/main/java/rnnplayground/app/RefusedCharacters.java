package rnnplayground.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The characters the sequence box refused, each once, in the order they first came: the first
 * {@link #NAMED} by name, the others only counted, so that a message stays short after any paste.
 * Adding text takes time in proportion to its length, whatever it holds.
 */
public final class RefusedCharacters {
    /** Characters named in a message; further ones are only counted. */
    public static final int NAMED = 5;

    /** One bit per character of the Basic Multilingual Plane: seen or not. */
    private final int[] seen = new int[(Character.MAX_VALUE + 1) / 32];
    /** The rare characters beyond it (emoji and the like), as code points. */
    private final Set<Integer> seenBeyond = new HashSet<>();
    private final List<String> named = new ArrayList<>();
    private int count;

    /** Adds every character of {@code refused}; a surrogate pair is one character. */
    public void add(String refused) {
        for (int k = 0; k < refused.length(); ) {
            int c = refused.codePointAt(k);
            k += Character.charCount(c);
            if (c == '\r') {
                c = '\n'; // one line break, however it is written
            }
            if (firstTime(c)) {
                count++;
                if (named.size() < NAMED) {
                    named.add(describe(c));
                }
            }
        }
    }

    private boolean firstTime(int c) {
        if (c > Character.MAX_VALUE) {
            return seenBeyond.add(c);
        }
        int bit = 1 << (c & 31);
        if ((seen[c >>> 5] & bit) != 0) {
            return false;
        }
        seen[c >>> 5] |= bit;
        return true;
    }

    public void clear() {
        Arrays.fill(seen, 0);
        seenBeyond.clear();
        named.clear();
        count = 0;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many different characters were refused. */
    public int count() {
        return count;
    }

    /** The first {@link #NAMED} of them as the message names them: "“x”", "line break", "tab". */
    public List<String> named() {
        return named;
    }

    private static String describe(int c) {
        switch (c) {
            case '\n':
                return "line break";
            case '\t':
                return "tab";
            default:
                return new StringBuilder("“").appendCodePoint(c).append('”').toString();
        }
    }
}
