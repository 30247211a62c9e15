package rnnplayground.app;

/**
 * The page state in the URL hash, "#seq=abracadabra&seed=1&h=16". Unknown keys and bad values are
 * ignored field by field: what cannot be read falls back to the default and is reported.
 */
public final class HashCodec {
    private static final int MAX_HASH_LENGTH = 512;

    private HashCodec() {
    }

    public static final class Decoded {
        public final PageState state;
        /** A sentence for the notice, or "" when everything could be read. */
        public final String problem;

        Decoded(PageState state, String problem) {
            this.state = state;
            this.problem = problem;
        }
    }

    public static String encode(PageState state) {
        return "seq=" + escape(state.sequence) + "&seed=" + Integer.toUnsignedString(state.seed)
                + "&h=" + state.hiddenSize;
    }

    public static Decoded decode(String hash) {
        String text = hash.startsWith("#") ? hash.substring(1) : hash;
        PageState state = PageState.DEFAULT;
        if (text.isEmpty()) {
            return new Decoded(state, "");
        }
        if (text.length() > MAX_HASH_LENGTH) {
            return new Decoded(state, "The link was too long to read; showing the defaults.");
        }
        StringBuilder bad = new StringBuilder();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            String pair = text.substring(start, end);
            start = end + 1;
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
            PageState next = read(state, key, value);
            if (next == null) {
                bad.append(bad.length() == 0 ? "" : ", ").append(key.equals("seq") ? "sequence" : key);
            } else {
                state = next;
            }
        }
        String problem = bad.length() == 0 ? ""
                : "Part of the link could not be read (" + bad + "); the default was used there.";
        return new Decoded(state, problem);
    }

    private static PageState read(PageState state, String key, String value) {
        switch (key) {
            case "seq":
                return SequenceRules.isValid(value) ? state.withSequence(value) : null;
            case "seed":
                long seed = parse(value, 0xFFFFFFFFL);
                return seed < 0 ? null : state.withSeed((int) seed);
            case "h":
                long h = parse(value, PageState.MAX_HIDDEN_SIZE);
                return h < PageState.MIN_HIDDEN_SIZE ? null : state.withHiddenSize((int) h);
            default:
                return state;
        }
    }

    /** A decimal in [0, max], or -1. */
    private static long parse(String value, long max) {
        if (value.isEmpty() || value.length() > 10) {
            return -1;
        }
        long n = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n <= max ? n : -1;
    }

    /** Spaces are the only alphabet character that needs escaping. */
    private static String escape(String sequence) {
        return sequence.replace(" ", "%20");
    }

    private static String unescape(String value) {
        return value.replace("%20", " ").replace('+', ' ');
    }
}
