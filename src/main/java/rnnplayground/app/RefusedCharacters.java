package rnnplayground.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The characters the sequence box refused, each once, in the order they first came: the first
 * {@link #NAMED} by name, the others only counted, so that a message stays short after any paste.
 * Adding a character takes constant time, adding another set time in proportion to the alphabet of
 * characters (not to the text they came from).
 */
public final class RefusedCharacters {
    /** Characters named in a message; further ones are only counted. */
    public static final int NAMED = 5;
    private static final int WORDS = (Character.MAX_VALUE + 1) / 32;

    /** One bit per character of the Basic Multilingual Plane, made with the first one refused. */
    private int[] seen;
    /** The rare characters beyond it (emoji and the like), as code points. */
    private final Set<Integer> seenBeyond = new HashSet<>();
    /** The first {@link #NAMED} characters, as code points, in the order they came. */
    private final List<Integer> first = new ArrayList<>();
    private int count;

    /** Adds every character of {@code text}; a surrogate pair is one character. */
    public void add(String text) {
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            add(c);
        }
    }

    /** Adds the character {@code codePoint}; "\r" counts as the line break it is. */
    public void add(int codePoint) {
        int c = codePoint == '\r' ? '\n' : codePoint;
        if (firstTime(c)) {
            count++;
            if (first.size() < NAMED) {
                first.add(c);
            }
        }
    }

    /** Adds the characters of {@code other} that are not here yet, after these. */
    public void addAll(RefusedCharacters other) {
        for (int c : other.first) {
            add(c);
        }
        if (other.seen != null) {
            int[] bits = bits();
            for (int w = 0; w < WORDS; w++) {
                count += Integer.bitCount(other.seen[w] & ~bits[w]);
                bits[w] |= other.seen[w];
            }
        }
        for (int c : other.seenBeyond) {
            if (seenBeyond.add(c)) {
                count++;
            }
        }
    }

    private boolean firstTime(int c) {
        if (c > Character.MAX_VALUE) {
            return seenBeyond.add(c);
        }
        int[] bits = bits();
        int bit = 1 << (c & 31);
        if ((bits[c >>> 5] & bit) != 0) {
            return false;
        }
        bits[c >>> 5] |= bit;
        return true;
    }

    private int[] bits() {
        if (seen == null) {
            seen = new int[WORDS];
        }
        return seen;
    }

    public void clear() {
        seen = null;
        seenBeyond.clear();
        first.clear();
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
        List<String> names = new ArrayList<>();
        for (int c : first) {
            names.add(describe(c));
        }
        return names;
    }

    /** The named ones, then "one other" or "19995 others": a list for a sentence. */
    public List<String> listed() {
        List<String> names = named();
        int others = count - names.size();
        if (others > 0) {
            names.add(others == 1 ? "one other" : others + " others");
        }
        return names;
    }

    private static String describe(int c) {
        switch (c) {
            case '\n':
                return "line break";
            case '\t':
                return "tab";
            default:
                return invisible(c) ? "U+" + hex4(c)
                        : new StringBuilder("“").appendCodePoint(c).append('”').toString();
        }
    }

    /**
     * A character that shows as nothing, or that would turn the message's text around (a control
     * character, a zero-width one, a direction mark or override, a lone half of a surrogate pair): it
     * is named by its number.
     */
    private static boolean invisible(int c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 || c == 0xAD || c >= 0x200B && c <= 0x200F
                || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x206F || c == 0xFEFF
                || c >= 0xD800 && c <= 0xDFFF;
    }

    /** "202E": four hex digits, enough for the characters {@link #invisible} names. */
    private static String hex4(int c) {
        StringBuilder out = new StringBuilder();
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append("0123456789ABCDEF".charAt((c >> shift) & 15));
        }
        return out.toString();
    }
}
