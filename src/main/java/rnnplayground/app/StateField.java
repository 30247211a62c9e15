package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One entry of the page state in the URL hash: its key, what the notice calls it, the rule a value
 * must follow, and how the value is written and read back. {@link HashCodec} holds the table of them.
 */
public abstract class StateField {
    /** The key in the hash, e.g. "seq". */
    public final String key;
    /** What a notice calls the field, e.g. "sequence". */
    public final String label;
    /** The rule a value follows, for the notice, e.g. "a whole number from 4 to 64". */
    public final String rule;
    /** Whether a link leaves the field out when it has its default value (every field added later does). */
    public final boolean optional;

    /**
     * The longest value, percent-encoded, that a field other than the sequence reads (the longest valid
     * one is much shorter).
     */
    static final int MAX_VALUE_LENGTH = 256;
    /** The texts of a field that is on or off. */
    static final String[] SHOWN = {"off", "on"};

    StateField(String key, String label, String rule, boolean optional) {
        this.key = key;
        this.label = label;
        this.rule = rule;
        this.optional = optional;
    }

    /**
     * Whether the value fits the rest of {@code state} (read whole, whatever the order of the link's
     * parts); a value that does not is refused like one that breaks its rule.
     */
    boolean fits(PageState state) {
        return true;
    }

    /** This field, whose value must also agree with the rest of the state: {@code fits}. */
    public StateField fitting(Predicate<PageState> fits) {
        StateField field = this;
        return new StateField(key, label, rule, optional) {
            @Override
            boolean fits(PageState state) {
                return fits.test(state);
            }

            @Override
            public String write(PageState state) {
                return field.write(state);
            }

            @Override
            public PageState read(PageState state, String text) {
                return field.read(state, text);
            }

            @Override
            Reading read(PageState state, String hash, int from, int to) {
                return field.read(state, hash, from, to);
            }
        };
    }

    /** What a link's value for a field gave: the state with it, and what of it was left out. */
    static final class Reading {
        /** The state with the value, or null when the value broke the field's rule. */
        final PageState state;
        /** A sentence about what of the value was left out, or "". */
        final String note;

        Reading(PageState state, String note) {
            this.state = state;
            this.note = note;
        }
    }

    /**
     * {@code state} with this field set from the value {@code hash}[from, to), still percent-encoded.
     * A value longer than any the field accepts is not decoded at all.
     */
    Reading read(PageState state, String hash, int from, int to) {
        if (to - from > MAX_VALUE_LENGTH) {
            return new Reading(null, "");
        }
        return new Reading(read(state, HashCodec.unescape(hash.substring(from, to))), "");
    }

    /** Whether a link must write this field for {@code state}. */
    boolean written(PageState state) {
        return !optional || !write(state).equals(write(PageState.DEFAULT));
    }

    /** The value of this field in {@code state}, as it appears in the hash (not yet escaped). */
    public abstract String write(PageState state);

    /** {@code state} with this field set from {@code text}, or null when the text breaks the rule. */
    public abstract PageState read(PageState state, String text);

    /** Sets a field of a state from a text. */
    public interface TextSetter {
        PageState with(PageState state, String value);
    }

    /** Reads a text field of a state. */
    public interface TextGetter {
        String of(PageState state);
    }

    /** A whole number in [min, max], written in decimal. */
    public static StateField number(String key, String label, int min, int max, ToIntFunction<PageState> get,
            IndexSetter set) {
        return new StateField(key, label, "a whole number from " + min + " to " + max, false) {
            @Override
            public String write(PageState state) {
                return Integer.toString(get.applyAsInt(state));
            }

            @Override
            public PageState read(PageState state, String text) {
                Integer value = whole(text, min, max);
                return value == null ? null : set.with(state, value);
            }
        };
    }

    /** A whole number from 0 to 2^32 − 1, a seed, kept as the int with its bits; {@code optional} as for the others. */
    public static StateField unsigned(String key, String label, boolean optional, ToIntFunction<PageState> get,
            IndexSetter set) {
        return new StateField(key, label, "a whole number from 0 to 4294967295", optional) {
            @Override
            public String write(PageState state) {
                return Integer.toUnsignedString(get.applyAsInt(state));
            }

            @Override
            public PageState read(PageState state, String text) {
                Integer value = unsigned(text);
                return value == null ? null : set.with(state, value);
            }
        };
    }

    /**
     * The sequence, read as the box takes a paste ({@link LinkSequence}): the symbols of the alphabet
     * kept up to the limit, what was left out named. A value with no symbol at all breaks the rule.
     */
    public static StateField sequence(String key, String label, String rule, TextGetter get, TextSetter set) {
        return new StateField(key, label, rule, false) {
            @Override
            public String write(PageState state) {
                return get.of(state);
            }

            @Override
            public PageState read(PageState state, String text) {
                return SequenceRules.isValid(text) ? set.with(state, text) : null;
            }

            @Override
            Reading read(PageState state, String hash, int from, int to) {
                LinkSequence sequence = LinkSequence.read(hash, from, to);
                if (sequence.kept.isEmpty() && to > from) {
                    return new Reading(null, "");
                }
                return new Reading(set.with(state, sequence.kept), LinkNotice.sequence(sequence));
            }
        };
    }

    /** One of {@code texts}, exactly as written there; left out of a link when it is the default. */
    public static StateField choice(String key, String label, String[] texts, ToIntFunction<PageState> get,
            IndexSetter set) {
        return new StateField(key, label, choices(texts), true) {
            @Override
            public String write(PageState state) {
                return texts[get.applyAsInt(state)];
            }

            @Override
            public PageState read(PageState state, String text) {
                int k = indexOf(texts, text);
                return k < 0 ? null : set.with(state, k);
            }
        };
    }

    /** A value of its own kind, read by {@code parse} (null when the text breaks the rule); optional. */
    public static <T> StateField parsed(String key, String label, String rule, TextGetter get, Function<String, T> parse,
            BiFunction<PageState, T, PageState> set) {
        return new StateField(key, label, rule, true) {
            @Override
            public String write(PageState state) {
                return get.of(state);
            }

            @Override
            public PageState read(PageState state, String text) {
                T value = parse.apply(text);
                return value == null ? null : set.apply(state, value);
            }
        };
    }

    /** "one of rnn, gru, lstm", or "nothing, or one of rnn, gru, lstm" where the empty text is a choice. */
    private static String choices(String[] texts) {
        List<String> named = new ArrayList<>();
        for (String text : texts) {
            if (!text.isEmpty()) {
                named.add(text);
            }
        }
        return (named.size() < texts.length ? "nothing, or " : "") + "one of " + String.join(", ", named);
    }

    /** Sets a field of a state from an int: the index of a choice, or the number itself. */
    public interface IndexSetter {
        PageState with(PageState state, int index);
    }

    /** Where {@code text} is in {@code texts}, or -1. */
    static int indexOf(String[] texts, String text) {
        for (int k = 0; k < texts.length; k++) {
            if (texts[k].equals(text)) {
                return k;
            }
        }
        return -1;
    }

    /** A whole number in [min, max], written in decimal, or null. */
    static Integer whole(String text, int min, int max) {
        double value = parseDecimal(text);
        return value < min || value > max ? null : (int) value;
    }

    /** A whole number from 0 to 2^32 − 1, written in decimal, as the int with its bits; or null. */
    static Integer unsigned(String text) {
        double value = parseDecimal(text);
        if (value < 0 || value > 4294967295.0) {
            return null;
        }
        return (int) (value >= 2147483648.0 ? value - 4294967296.0 : value);
    }

    /** A dimension: a whole number from 0 (checked against the hidden size once the link is read), -1 for "", or null. */
    static Integer dimension(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        return whole(text, 0, PageState.MAX_HIDDEN_SIZE - 1);
    }

    /** A plain decimal of at most 10 digits, or -1. */
    static double parseDecimal(String text) {
        if (text.isEmpty() || text.length() > 10) {
            return -1;
        }
        double n = 0; // exact: ten digits are far below 2^53, and a long would be a BigInt in TeaVM's JavaScript
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
