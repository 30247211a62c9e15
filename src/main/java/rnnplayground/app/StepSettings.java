package rnnplayground.app;

/**
 * What a training step is taken with, besides the text: the learning rate and the gradient clipping,
 * each by its index in the choices of {@link TrainingSettings}. A change of either starts a new part
 * of the plan, so that a link reproduces every step as it was taken.
 */
public final class StepSettings {
    public static final StepSettings DEFAULT =
            new StepSettings(TrainingSettings.DEFAULT_LEARNING_RATE, TrainingSettings.DEFAULT_CLIP);

    public final int learningRate;
    public final int clip;

    public StepSettings(int learningRate, int clip) {
        this.learningRate = learningRate;
        this.clip = clip;
    }

    public double learningRateValue() {
        return TrainingSettings.LEARNING_RATES[learningRate];
    }

    /** The clipping threshold, or 0 when clipping is off. */
    public double clipThreshold() {
        return TrainingSettings.CLIP_THRESHOLDS[clip];
    }

    /** "0.01:5": as a part of a link writes them. */
    String text() {
        return TrainingSettings.LEARNING_RATE_TEXTS[learningRate] + ":" + TrainingSettings.CLIP_TEXTS[clip];
    }

    /** The settings "0.01:5" writes, or null. */
    static StepSettings parse(String rate, String clip) {
        int r = StateField.indexOf(TrainingSettings.LEARNING_RATE_TEXTS, rate);
        int c = StateField.indexOf(TrainingSettings.CLIP_TEXTS, clip);
        return r < 0 || c < 0 ? null : new StepSettings(r, c);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StepSettings && ((StepSettings) other).learningRate == learningRate
                && ((StepSettings) other).clip == clip;
    }

    @Override
    public int hashCode() {
        return learningRate * 31 + clip;
    }
}
