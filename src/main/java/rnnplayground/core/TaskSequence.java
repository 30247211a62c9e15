package rnnplayground.core;

/** One sequence of a {@link Task}, and the positions whose prediction counts. */
public final class TaskSequence {
    public final int[] symbols;
    /**
     * The positions p, rising from 1, where predicting {@code symbols[p]} from the symbols before it
     * is scored.
     */
    public final int[] scored;

    public TaskSequence(int[] symbols, int[] scored) {
        Trainer.checkScored(symbols.length, scored);
        this.symbols = symbols;
        this.scored = scored;
    }

    public int length() {
        return symbols.length;
    }

    /** Whether the prediction of the symbol at {@code position} counts. */
    public boolean isScored(int position) {
        for (int p : scored) {
            if (p == position) {
                return true;
            }
        }
        return false;
    }

    /** The symbols as text, e.g. "b   rb". */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (int symbol : symbols) {
            out.append(Alphabet.symbolAt(symbol));
        }
        return out.toString();
    }
}
