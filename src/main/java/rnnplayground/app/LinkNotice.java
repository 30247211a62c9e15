package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;

/** What the page says under the sequence box about a link it could not use in full. Plain text. */
final class LinkNotice {
    /** A value used, repeated in the notice, is cut after this many characters. */
    private static final int VALUE_SHOWN = 24;

    private LinkNotice() {
    }

    /**
     * A sentence or two, or "" when everything could be used: the fields that broke their rule, each
     * {@code described} as "seed (a whole number from 0 to 4294967295)", then the {@code notes} (what a
     * value left out, the keys given more than once), then the parts ignored: the {@code unknown} keys
     * by name, the other {@code unread} parts counted, and those {@code beyond} the parts a link is read to.
     */
    static String of(List<String> described, List<String> notes, List<String> unknown, int unread, int beyond) {
        List<String> sentences = new ArrayList<>();
        if (!described.isEmpty()) {
            boolean one = described.size() == 1;
            sentences.add("The link’s " + Sentences.list(described) + (one ? " was" : " were") + " not usable, so "
                    + (one ? "the default is" : "the defaults are") + " shown.");
        }
        sentences.addAll(notes);
        if (unread + beyond > 0) {
            List<String> names = new ArrayList<>();
            for (String key : unknown) {
                names.add("“" + key + "”");
            }
            int others = unread - unknown.size();
            if (others > 0) {
                names.add(others + (names.isEmpty() ? " unknown part" : " other unknown part")
                        + (others == 1 ? "" : "s"));
            }
            if (beyond > 0) {
                names.add(beyond + (beyond == 1 ? " part" : " parts") + " after the first " + HashCodec.MAX_PARTS);
            }
            sentences.add("Ignored in the link: " + Sentences.list(names) + ".");
        }
        return String.join(" ", sentences);
    }

    /**
     * What a link's sequence left out, or "": "The link’s sequence had 100,000 symbols; the first 64
     * are kept." and "“x” and “<” in the link’s sequence are not allowed and were left out."
     */
    static String sequence(LinkSequence sequence) {
        List<String> sentences = new ArrayList<>();
        if (sequence.cut()) {
            sentences.add("The link’s sequence had " + NumberText.grouped(sequence.symbols) + " symbols; the first "
                    + sequence.kept.length() + " are kept.");
        }
        RefusedCharacters refused = sequence.refused;
        if (!refused.isEmpty()) {
            boolean one = refused.count() == 1;
            sentences.add(Sentences.list(refused.listed()) + " in the link’s sequence " + (one ? "is" : "are")
                    + " not allowed and " + (one ? "was" : "were") + " left out.");
        }
        return String.join(" ", sentences);
    }

    /**
     * "The link gives the seed twice; the last, “2”, is used.", or, when the last broke the field's
     * rule ({@code used} is null), "The link gives the seed twice; the last counts."
     */
    static String repeated(String label, int times, String used) {
        String given = "The link gives the " + label + (times == 2 ? " twice" : " " + times + " times") + "; the last";
        if (used == null) {
            return given + " counts.";
        }
        String shown = used.length() > VALUE_SHOWN ? used.substring(0, VALUE_SHOWN) + "…" : used;
        return given + ", “" + shown + "”, is used.";
    }

    /** "It gives 2 other keys more than once; the last of each is used." */
    static String moreRepeated(int keys) {
        return "It gives " + keys + " other key" + (keys == 1 ? "" : "s")
                + " more than once; the last of each is used.";
    }
}
