package rnnplayground.app;

/** Everything that decides what the page shows: one immutable value. */
public final class PageState {
    public static final int DEFAULT_SEED = 1;
    public static final int DEFAULT_HIDDEN_SIZE = 16;
    public static final int MIN_HIDDEN_SIZE = 4;
    public static final int MAX_HIDDEN_SIZE = 64;
    public static final PageState DEFAULT =
            new PageState(SequenceRules.DEFAULT_SEQUENCE, DEFAULT_SEED, DEFAULT_HIDDEN_SIZE);

    public final String sequence;
    public final int seed;
    public final int hiddenSize;

    public PageState(String sequence, int seed, int hiddenSize) {
        this.sequence = sequence;
        this.seed = seed;
        this.hiddenSize = hiddenSize;
    }

    public PageState withSequence(String next) {
        return new PageState(next, seed, hiddenSize);
    }

    public PageState withSeed(int next) {
        return new PageState(sequence, next, hiddenSize);
    }

    public PageState withHiddenSize(int next) {
        return new PageState(sequence, seed, next);
    }
}
