package rnnplayground.app;

/**
 * The result of inserting text into the sequence box at a selection: allowed characters go in
 * (uppercase letters lowered), refused ones are reported, and the length limit holds.
 */
public final class SequenceEdit {
    public final String value;
    /** Where the caret goes: after the inserted text. */
    public final int caret;
    /** What was actually inserted. */
    public final String inserted;
    /** The characters that were refused, each once, in the order they came. */
    public final RefusedCharacters refused;
    /** Whether allowed characters were dropped because of the length limit. */
    public final boolean truncated;

    private SequenceEdit(String value, int caret, String inserted, RefusedCharacters refused, boolean truncated) {
        this.value = value;
        this.caret = caret;
        this.inserted = inserted;
        this.refused = refused;
        this.truncated = truncated;
    }

    public static SequenceEdit insert(String current, int selectionStart, int selectionEnd, String text) {
        int start = clamp(Math.min(selectionStart, selectionEnd), current.length());
        int end = clamp(Math.max(selectionStart, selectionEnd), current.length());
        int room = SequenceRules.MAX_LENGTH - (current.length() - (end - start));
        StringBuilder accepted = new StringBuilder();
        RefusedCharacters refused = new RefusedCharacters();
        boolean truncated = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            char allowed = SequenceRules.accept(c);
            if (allowed == 0) {
                if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
                    refused.add(Character.toCodePoint(c, text.charAt(++k)));
                } else {
                    refused.add(c);
                }
            } else if (accepted.length() < room) {
                accepted.append(allowed);
            } else {
                truncated = true;
            }
        }
        String value = current.substring(0, start) + accepted + current.substring(end);
        return new SequenceEdit(value, start + accepted.length(), accepted.toString(), refused, truncated);
    }

    /** Whether the edit is exactly what the browser would do with the text as it came. */
    public boolean isVerbatim(String text) {
        return refused.isEmpty() && !truncated && inserted.equals(text);
    }

    /** The message to show under the box, or "" when nothing was refused. */
    public String message() {
        return SequenceRules.refusalMessage(refused, truncated);
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }
}
