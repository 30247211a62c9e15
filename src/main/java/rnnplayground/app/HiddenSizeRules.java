package rnnplayground.app;

/** What the "Hidden size" box accepts. */
public final class HiddenSizeRules {
    private HiddenSizeRules() {
    }

    /** The size typed, or -1 when it is not a whole number from 4 to 64. */
    public static int parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 2) {
            return -1;
        }
        int n = 0;
        for (int k = 0; k < trimmed.length(); k++) {
            char c = trimmed.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n >= PageState.MIN_HIDDEN_SIZE && n <= PageState.MAX_HIDDEN_SIZE ? n : -1;
    }

    public static String message() {
        return "Hidden size is a whole number from " + PageState.MIN_HIDDEN_SIZE + " to "
                + PageState.MAX_HIDDEN_SIZE + ".";
    }
}
