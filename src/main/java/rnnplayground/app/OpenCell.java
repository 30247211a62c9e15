package rnnplayground.app;

import rnnplayground.core.Alphabet;

/**
 * The value whose arithmetic is open, as the link carries it: of the hidden state ("h:3,5" is
 * h[3, 5]) or of the predictions ("p:2,5" is p[r, 5], the symbol by its index), row and step counted
 * from 0; or none.
 */
public final class OpenCell {
    public static final OpenCell NONE = new OpenCell(false, -1, -1);
    static final String RULE = "h or p, a row and a step, e.g. h:3,5";

    public final boolean ofPredictions;
    public final int row;
    public final int step;

    public OpenCell(boolean ofPredictions, int row, int step) {
        this.ofPredictions = ofPredictions;
        this.row = row;
        this.step = step;
    }

    public boolean isOpen() {
        return step >= 0;
    }

    /** "h:3,5", "p:2,5", or "" for none. */
    public String text() {
        return isOpen() ? (ofPredictions ? "p:" : "h:") + row + "," + step : "";
    }

    /** The cell {@code text} writes ("" for none), or null when it breaks {@link #RULE}. */
    public static OpenCell parse(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        int comma = text.indexOf(',');
        if (text.length() < 5 || text.charAt(1) != ':' || comma < 0 || "hp".indexOf(text.charAt(0)) < 0) {
            return null;
        }
        double row = StateField.parseDecimal(text.substring(2, comma));
        double step = StateField.parseDecimal(text.substring(comma + 1));
        if (row < 0 || step < 0 || row > PageState.MAX_HIDDEN_SIZE || step > SequenceRules.MAX_LENGTH) {
            return null;
        }
        return new OpenCell(text.charAt(0) == 'p', (int) row, (int) step);
    }

    /** Whether {@code state} has this cell: its row among the grid's, its step among the sequence's. */
    public boolean fits(PageState state) {
        int rows = ofPredictions ? Alphabet.SIZE : state.hiddenSize;
        return !isOpen() || row < rows && step < state.sequence.length();
    }
}
