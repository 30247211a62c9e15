package rnnplayground.app;

/** What the "Hidden size" box accepts. */
public final class HiddenSizeRules {
    private HiddenSizeRules() {
    }

    /** The size typed, or -1 when it is not a whole number from 4 to 64. */
    public static int parse(String text) {
        double n = StateField.parseDecimal(text.trim());
        return n >= PageState.MIN_HIDDEN_SIZE && n <= PageState.MAX_HIDDEN_SIZE ? (int) n : -1;
    }

    public static String message() {
        return "Hidden size is a whole number from " + PageState.MIN_HIDDEN_SIZE + " to "
                + PageState.MAX_HIDDEN_SIZE + ".";
    }
}
