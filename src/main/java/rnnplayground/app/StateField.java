package rnnplayground.app;

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
        };
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
                double value = parseDecimal(text);
                return value < min || value > max ? null : set.with(state, (int) value);
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
                double value = parseDecimal(text);
                if (value < 0 || value > 4294967295.0) {
                    return null;
                }
                return set.with(state, (int) (value >= 2147483648.0 ? value - 4294967296.0 : value));
            }
        };
    }

    /** A text accepted by {@code valid}. */
    public static StateField text(String key, String label, String rule, TextGetter get, Predicate<String> valid,
            TextSetter set) {
        return new StateField(key, label, rule, false) {
            @Override
            public String write(PageState state) {
                return get.of(state);
            }

            @Override
            public PageState read(PageState state, String text) {
                return valid.test(text) ? set.with(state, text) : null;
            }
        };
    }

    /** One of {@code texts}, exactly as written there; left out of a link when it is the default. */
    public static StateField choice(String key, String label, String[] texts, ToIntFunction<PageState> get,
            IndexSetter set) {
        return new StateField(key, label, "one of " + String.join(", ", texts), true) {
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
