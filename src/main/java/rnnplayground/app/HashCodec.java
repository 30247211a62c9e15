package rnnplayground.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The page state in the URL hash, "#seq=abracadabra&seed=1&h=16", described by one table of
 * {@link StateField}s: adding a field to the link is one line in {@link #FIELDS}.
 *
 * <p>A hash without "=" or "&amp;" is a plain anchor into the page ("#history") and reads as the
 * defaults, silently. Reading never fails. Each field that cannot be read keeps its default and is named in the
 * notice; the sequence keeps what it can (see {@link LinkSequence}) and says what it left out; a key given
 * more than once is named with the value used, its last; unknown keys are ignored and reported; any
 * amount of junk is looked at only up to fixed limits, in time in proportion to its length. The notice
 * is plain text (the page shows it with textContent, never as HTML).
 */
public final class HashCodec {
    /** The fields of the link, in the order they are written. */
    static final StateField[] FIELDS = {
        StateField.sequence("seq", "sequence", "letters " + SymbolText.alphabet() + ", at most " + SequenceRules.MAX_LENGTH,
                s -> s.sequence, PageState::withSequence),
        StateField.unsigned("seed", "seed", false, s -> s.seed, PageState::withSeed),
        StateField.number("h", "hidden size", PageState.MIN_HIDDEN_SIZE, PageState.MAX_HIDDEN_SIZE,
                s -> s.hiddenSize, PageState::withHiddenSize),
        StateField.choice("cell", "cell", CellSettings.CELLS, s -> StateField.indexOf(CellSettings.CELLS, s.cell),
                (s, k) -> s.with(b -> b.cell(CellSettings.CELLS[k]))),
        StateField.choice("compare", "compared cell", CellSettings.COMPARED,
                s -> StateField.indexOf(CellSettings.COMPARED, s.compare), (s, k) -> s.with(b -> b.compare(CellSettings.COMPARED[k])))
                .fitting(s -> !s.compare.equals(s.cell)),
        StateField.choice("rho", "recurrent scale", CellSettings.RECURRENT_SCALE_TEXTS, s -> s.recurrentScale,
                (s, k) -> s.with(b -> b.recurrentScale(k))),
        StateField.choice("gates", "gates", StateField.SHOWN, s -> s.gates ? 1 : 0, (s, k) -> s.with(b -> b.gates(k == 1))),
        StateField.choice("lr", "learning rate", TrainingSettings.LEARNING_RATE_TEXTS, s -> s.learningRate,
                (s, k) -> s.with(b -> b.learningRate(k))),
        StateField.choice("clip", "gradient clipping", TrainingSettings.CLIP_TEXTS, s -> s.clip,
                (s, k) -> s.with(b -> b.clip(k))),
        StateField.parsed("train", "training", TrainingPlan.RULE, s -> s.training.text(), TrainingPlan::parse,
                (s, plan) -> s.with(b -> b.training(plan))).fitting(s -> s.training.current == 0 || s.sequence.length() > 1),
        StateField.choice("temp", "sampling temperature", SampleSettings.TEMPERATURE_TEXTS, s -> s.temperature,
                (s, k) -> s.with(b -> b.temperature(k))),
        StateField.unsigned("sample", "sample seed", true, s -> s.sampleSeed, (s, n) -> s.with(b -> b.sampleSeed(n))),
        StateField.parsed("colour", "colouring", "a dimension of h", s -> s.colour < 0 ? "" : String.valueOf(s.colour), StateField::dimension,
                (s, d) -> s.with(b -> b.colour(d))).fitting(s -> s.colour < s.hiddenSize),
        StateField.parsed("open", "open cell", OpenCell.RULE, s -> s.open.text(), OpenCell::parse,
                (s, cell) -> s.with(b -> b.open(cell))).fitting(s -> s.open.fits(s)),
        StateField.choice("space", "state space", StateField.SHOWN, s -> s.space ? 1 : 0, (s, k) -> s.with(b -> b.space(k == 1))),
        StateField.parsed("task", "task", TaskChoice.RULE, s -> s.task.text(), TaskChoice::parse,
                (s, task) -> s.with(b -> b.task(task))),
        StateField.parsed("experiment", "experiment", ExperimentSettings.LINK_RULE, s -> s.experiment,
                HashCodec::experiment, (s, text) -> s.with(b -> b.experiment(text))),
        StateField.parsed("panels", "open panels", Panels.RULE, s -> Panels.text(s.panels), Panels::parse, (s, p) -> s.with(b -> b.panels(p))),
        StateField.choice("detector", "detector", LetterDetectors.CHOICES, s -> s.detector + 1, (s, k) -> s.with(b -> b.detector(k - 1))),
    };

    /** Parts ("key=value") looked at; the rest of a longer hash is only counted. */
    static final int MAX_PARTS = 32;
    /** A key longer than this, percent-encoded, is no field's and is not decoded (the longest is 7 letters). */
    static final int MAX_KEY_LENGTH = 64;
    /** Unknown keys, and keys given more than once, named in the notice; further ones are only counted. */
    static final int MAX_NAMED = 3;
    private static final int MAX_KEY_SHOWN = 20;

    private HashCodec() {
    }

    /** What a hash says: the state, and what could not be used. */
    public static final class Decoded {
        public final PageState state;
        /** Labels of the fields that were present but broke their rule (their default is used). */
        public final List<String> rejected;
        /** Unknown keys that can be shown safely, in order (at most {@link #MAX_NAMED}). */
        public final List<String> unknown;
        /** How many parts were ignored in all: unknown keys, unreadable or beyond the limits. */
        public final int ignored;
        /** How many of them came after the first {@link #MAX_PARTS}, and were not read. */
        public final int beyond;
        /** A sentence or two for the notice, or "" when everything could be used. */
        public final String problem;
        /** Whether the hash held a state at all, not a plain anchor nor nothing. */
        public final boolean fromLink;

        Decoded(PageState state, List<String> rejected, List<String> notes, List<String> unknown, int ignored,
                int beyond, boolean fromLink) {
            this.state = state;
            this.fromLink = fromLink;
            this.rejected = Collections.unmodifiableList(rejected);
            this.unknown = Collections.unmodifiableList(unknown);
            this.ignored = ignored;
            this.beyond = beyond;
            this.problem = LinkNotice.of(described(rejected), notes, unknown, ignored - beyond, beyond);
        }
    }

    /** Every field of {@code state}, e.g. "seq=abra%20cad&seed=1&h=16". */
    public static String encode(PageState state) {
        StringBuilder out = new StringBuilder();
        for (StateField field : FIELDS) {
            if (!field.written(state)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(field.key).append('=').append(escape(field.write(state)));
        }
        return out.toString();
    }

    /** Reads {@code hash} (with or without its "#"); never throws. */
    public static Decoded decode(String hash) {
        String text = hash == null ? "" : hash.startsWith("#") ? hash.substring(1) : hash;
        PageState state = PageState.DEFAULT;
        if (text.indexOf('=') < 0 && text.indexOf('&') < 0) {
            // "#history": a plain anchor
            return new Decoded(state, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0, 0, false);
        }
        boolean[] bad = new boolean[FIELDS.length];
        String[] notes = new String[FIELDS.length];
        int[] given = new int[FIELDS.length];
        List<String> unknown = new ArrayList<>();
        int ignored = 0;
        int beyond = 0;
        int parts = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            start = end + 1;
            if (end == from) {
                continue; // "&&" or a trailing "&"
            }
            parts++;
            if (parts > MAX_PARTS) {
                beyond++;
                ignored++;
                continue;
            }
            int eq = keyEnd(text, from, end);
            if (eq < 0) {
                ignored++;
                continue;
            }
            String key = unescape(text.substring(from, eq));
            int index = indexOf(key);
            if (index < 0) {
                ignored++;
                if (isShowable(key) && unknown.size() < MAX_NAMED && !unknown.contains(key)) {
                    unknown.add(key);
                }
                continue;
            }
            given[index]++;
            StateField.Reading reading = eq == end ? null : FIELDS[index].read(state, text, eq + 1, end);
            bad[index] = reading == null || reading.state == null; // the last occurrence of a key decides
            notes[index] = bad[index] ? "" : reading.note;
            if (!bad[index]) {
                state = reading.state;
            }
        }
        for (int k = 0; k < FIELDS.length; k++) {
            if (bad[k]) {
                state = reset(state, k);
            }
        }
        List<String> rejected = new ArrayList<>();
        for (int k = 0; k < FIELDS.length; k++) {
            if (!bad[k] && !FIELDS[k].fits(state)) { // e.g. training steps on a sequence with nothing to predict
                bad[k] = true;
                state = reset(state, k);
            }
            if (bad[k]) {
                rejected.add(FIELDS[k].label);
            }
        }
        return new Decoded(state, rejected, notes(state, bad, notes, given), unknown, ignored, beyond, true);
    }

    /**
     * Where the key of the part text[from, end) ends: at its "=", or at {@code end} when it has none;
     * -1 when the key is too long to be a field's.
     */
    private static int keyEnd(String text, int from, int end) {
        int limit = Math.min(end, from + MAX_KEY_LENGTH + 1);
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == '=') {
                return k;
            }
        }
        return end - from <= MAX_KEY_LENGTH ? end : -1;
    }

    /** What the fields' values left out, then the keys given more than once, in the table's order. */
    private static List<String> notes(PageState state, boolean[] bad, String[] notes, int[] given) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < FIELDS.length; k++) {
            if (!bad[k] && notes[k] != null && !notes[k].isEmpty()) {
                out.add(notes[k]);
            }
        }
        int repeated = 0;
        for (int k = 0; k < FIELDS.length; k++) {
            if (given[k] > 1 && ++repeated <= MAX_NAMED) {
                out.add(LinkNotice.repeated(FIELDS[k].label, given[k], bad[k] ? null : FIELDS[k].write(state)));
            }
        }
        if (repeated > MAX_NAMED) {
            out.add(LinkNotice.moreRepeated(repeated - MAX_NAMED));
        }
        return out;
    }

    /** {@code state} with field k at its default. */
    private static PageState reset(PageState state, int k) {
        return FIELDS[k].read(state, FIELDS[k].write(PageState.DEFAULT));
    }

    /** An experiment's settings as they write themselves, "" for none, or null when refused. */
    private static String experiment(String text) {
        if (text.isEmpty()) {
            return "";
        }
        ExperimentSettings settings = ExperimentSettings.parse(text);
        return settings == null ? null : settings.text();
    }

    /** "sequence (letters a b r c d and space, at most 64)" for each label. */
    private static List<String> described(List<String> labels) {
        List<String> described = new ArrayList<>();
        for (String label : labels) {
            for (StateField field : FIELDS) {
                if (field.label.equals(label)) {
                    described.add(label + " (" + field.rule + ")");
                }
            }
        }
        return described;
    }

    private static int indexOf(String key) {
        for (int k = 0; k < FIELDS.length; k++) {
            if (FIELDS[k].key.equals(key)) {
                return k;
            }
        }
        return -1;
    }

    /** Short keys of letters, digits, "-" and "_" only are repeated in the notice. */
    private static boolean isShowable(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_SHOWN) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Percent-encodes everything but letters, digits and "-._~" (a space becomes %20). */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':' || c == ',';
            if (plain) {
                out.append(c);
            } else if (c < 0x80) {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            } else {
                out.append("%EF%BF%BD"); // no field accepts characters beyond ASCII
            }
        }
        return out.toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    /**
     * "%XX" and "+" (a space) decoded. A byte of 0x80 or more decodes to U+FFFD (no field accepts
     * such characters, so its exact value does not matter); a "%" not followed by two hex digits stays.
     */
    static String unescape(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '+') {
                out.append(' ');
            } else if (c == '%' && k + 2 < value.length() && hex(value.charAt(k + 1)) >= 0
                    && hex(value.charAt(k + 2)) >= 0) {
                int b = hex(value.charAt(k + 1)) * 16 + hex(value.charAt(k + 2));
                out.append(b < 0x80 ? (char) b : '\uFFFD');
                k += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
