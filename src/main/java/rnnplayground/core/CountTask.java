package rnnplayground.core;

/**
 * Count: a run of {@code run} a's, then b; the network must predict where b comes ("cd aaaab" for a
 * run of 4). The run starts after a prefix of 0 to {@link #MAX_PREFIX} symbols drawn from r, c, d and
 * space, so the network must count the a's, not the steps. Scored: the prediction after every a of the
 * run, a until the last, then b. Scoring the prediction after the last a alone would let a network
 * that predicts b after every a be always right without counting.
 */
public final class CountTask implements Task {
    public static final int MAX_PREFIX = 8;
    /** The symbols of the prefix: neither a nor b. */
    public static final String PREFIX = "rcd ";
    public static final char COUNTED = 'a';
    public static final char END = 'b';

    public final int run;
    private final int[] prefix;
    private final int counted;
    private final int end;

    /** Refuses a run shorter than 2 (after a single a, b always comes: nothing to count). */
    public CountTask(int run) {
        if (run < 2) {
            throw new IllegalArgumentException("a run to count has at least 2 symbols");
        }
        this.run = run;
        this.prefix = Alphabet.encode(PREFIX);
        this.counted = Alphabet.indexOf(COUNTED);
        this.end = Alphabet.indexOf(END);
    }

    @Override
    public String key() {
        return "count";
    }

    @Override
    public int maxLength() {
        return MAX_PREFIX + run + 1;
    }

    @Override
    public TaskSequence draw(Prng prng) {
        int start = prng.below(MAX_PREFIX + 1);
        int[] symbols = new int[start + run + 1];
        for (int t = 0; t < start; t++) {
            symbols[t] = prefix[prng.below(prefix.length)];
        }
        int[] scored = new int[run];
        for (int k = 0; k < run; k++) {
            symbols[start + k] = counted;
            scored[k] = start + k + 1;
        }
        symbols[start + run] = end;
        return new TaskSequence(symbols, scored);
    }

    /**
     * Without memory an a is an a: the best guess after it is a, right on all the run's predictions
     * but the last, (run - 1) / run of them.
     */
    @Override
    public double chance() {
        return (run - 1) / (double) run;
    }
}
