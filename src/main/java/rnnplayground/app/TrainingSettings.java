package rnnplayground.app;

/** The choices the training controls offer, and the limits of a training run. */
public final class TrainingSettings {
    /** The learning rates offered, as written in the control and in the link. */
    public static final String[] LEARNING_RATE_TEXTS = {"0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03", "0.1",
        "0.3", "1"};
    /** The same, as numbers: Java's literals, so the same bits on every engine (no parsing of the text). */
    public static final double[] LEARNING_RATES = {0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1};
    /** 0.01 (see Trainer.DEFAULT_LEARNING_RATE for why). */
    public static final int DEFAULT_LEARNING_RATE = 4;
    /** Gradient clipping by global norm: off, or the largest norm a gradient keeps. */
    public static final String[] CLIP_TEXTS = {"off", "1", "2", "5", "10", "25"};
    /** The same as numbers; 0 is off. */
    public static final double[] CLIP_THRESHOLDS = {0, 1, 2, 5, 10, 25};
    /** 5: min-char-rnn clips at 5 too, there each entry, here the global norm. */
    public static final int DEFAULT_CLIP = 3;

    /**
     * Steps a run may take in all. A link re-runs every step when it is opened (in the worker, with a
     * progress bar, the time left and Cancel), so this bounds the wait: at a few hundred LSTM steps a
     * second (hidden size 64) a link at the limit takes about an hour, a plain RNN's a few minutes.
     */
    public static final int MAX_STEPS = 1_000_000;
    /** Texts a link can hold before the current one: an edit while training starts a new text. */
    public static final int MAX_TEXTS = 16;

    private TrainingSettings() {
    }
}
