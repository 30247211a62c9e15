package rnnplayground.app;

/**
 * A link's sequence, read as the box takes a paste: the symbols of the alphabet are kept (uppercase
 * letters lowered) up to {@link SequenceRules#MAX_LENGTH}, further symbols are only counted, and other
 * characters are left out and named. The value is read straight from the hash, its percent-escapes
 * decoded as UTF-8 on the way: the work is in proportion to its length, and no string longer than the
 * limit is built, whatever the link holds.
 */
final class LinkSequence {
    /** What the sequence keeps. */
    final String kept;
    /** The symbols of the alphabet the value held, kept or not. */
    final int symbols;
    /** The characters left out, each once. */
    final RefusedCharacters refused;

    private LinkSequence(String kept, int symbols, RefusedCharacters refused) {
        this.kept = kept;
        this.symbols = symbols;
        this.refused = refused;
    }

    /** Reads the value {@code hash}[from, to), still percent-encoded ("+" is a space). */
    static LinkSequence read(String hash, int from, int to) {
        StringBuilder kept = new StringBuilder();
        RefusedCharacters refused = new RefusedCharacters();
        int symbols = 0;
        int k = from;
        while (k < to) {
            int c;
            char raw = hash.charAt(k);
            if (raw == '+') {
                c = ' ';
                k++;
            } else if (byteAt(hash, k, to) >= 0) {
                int length = escapedLength(hash, k, to);
                c = length > 0 ? escaped(hash, k, length) : 0xFFFD;
                k += 3 * Math.max(length, 1);
            } else {
                c = hash.codePointAt(k); // the part ends at "&" or the end: a pair is never cut
                k += Character.charCount(c);
            }
            char symbol = c > Character.MAX_VALUE ? 0 : SequenceRules.accept((char) c);
            if (symbol == 0) {
                refused.add(c);
            } else {
                symbols++;
                if (kept.length() < SequenceRules.MAX_LENGTH) {
                    kept.append(symbol);
                }
            }
        }
        return new LinkSequence(kept.toString(), symbols, refused);
    }

    /** Whether symbols beyond the limit were left out. */
    boolean cut() {
        return symbols > kept.length();
    }

    /** The byte "%XX" at {@code k} stands for, or -1 when there is none there. */
    private static int byteAt(String hash, int k, int to) {
        if (k + 2 >= to || hash.charAt(k) != '%') {
            return -1;
        }
        int high = HashCodec.hex(hash.charAt(k + 1));
        int low = HashCodec.hex(hash.charAt(k + 2));
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    /**
     * How many escaped bytes, from {@code k}, make one character in UTF-8 (1 to 4), or 0 when the
     * bytes there are not one: a stray continuation byte, a sequence cut short, a code point written
     * too long, a surrogate or one beyond U+10FFFF.
     */
    private static int escapedLength(String hash, int k, int to) {
        int lead = byteAt(hash, k, to);
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        for (int n = 1; n < length; n++) {
            int next = byteAt(hash, k + 3 * n, to);
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        if (length > 2) {
            int second = byteAt(hash, k + 3, to);
            boolean shortest = lead == 0xE0 ? second >= 0xA0 : lead == 0xF0 ? second >= 0x90 : true;
            boolean inRange = lead == 0xED ? second <= 0x9F : lead == 0xF4 ? second <= 0x8F : true;
            return shortest && inRange ? length : 0;
        }
        return length;
    }

    /** The code point of the {@code length} escaped bytes at {@code k}, which make one. */
    private static int escaped(String hash, int k, int length) {
        int lead = byteAt(hash, k, hash.length());
        int c = length == 1 ? lead : lead & (0x7F >> length);
        for (int n = 1; n < length; n++) {
            c = c * 64 + (byteAt(hash, k + 3 * n, hash.length()) & 0x3F);
        }
        return c;
    }
}
