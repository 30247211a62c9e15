package rnnplayground.core;

/**
 * Recall after a gap: one of a, b, c and d, then {@code gap} spaces, then the cue r, after which the
 * network must predict the first symbol again ("b   rb" at gap 3). Only that prediction is scored.
 * Nothing between the symbol and the cue tells it anything: the state must carry it across the gap.
 */
public final class RecallTask implements Task {
    /** The symbols to recall. */
    public static final String RECALLED = "abcd";
    public static final char CUE = 'r';
    public static final char FILLER = ' ';

    public final int gap;
    private final int[] recalled;
    private final int cue;
    private final int filler;

    /** Refuses a negative gap. */
    public RecallTask(int gap) {
        if (gap < 0) {
            throw new IllegalArgumentException("a gap is 0 or more symbols");
        }
        this.gap = gap;
        this.recalled = Alphabet.encode(RECALLED);
        this.cue = Alphabet.indexOf(CUE);
        this.filler = Alphabet.indexOf(FILLER);
    }

    @Override
    public String key() {
        return "recall";
    }

    /** The symbol, the gap, the cue and the symbol again. */
    @Override
    public int maxLength() {
        return gap + 3;
    }

    @Override
    public TaskSequence draw(Prng prng) {
        int[] symbols = new int[gap + 3];
        int symbol = recalled[prng.below(recalled.length)];
        symbols[0] = symbol;
        for (int t = 1; t <= gap; t++) {
            symbols[t] = filler;
        }
        symbols[gap + 1] = cue;
        symbols[gap + 2] = symbol;
        return new TaskSequence(symbols, new int[] {gap + 2});
    }

    /** After the cue each of the four symbols is as likely: a guess without memory is right one time in four. */
    @Override
    public double chance() {
        return 1.0 / RECALLED.length();
    }
}
