package rnnplayground.app;

import rnnplayground.core.Packed;

/**
 * When training has stopped paying: the loss, smoothed over about ten steps, has found no new low by
 * {@link #TOLERANCE} or more over the last {@link #WINDOW} steps. The tolerance is an absolute amount,
 * the status's third decimal: the loss of a network that has learnt its text keeps falling by orders of
 * magnitude on the chart's logarithmic scale, long after a reader sees any change in the numbers.
 */
public final class Plateau {
    /** Steps without a new low before training stops. */
    public static final int WINDOW = 100;
    /** A new low must be this much under the last one, in nats per symbol. */
    public static final double TOLERANCE = 0.001;
    /** The weight of each new loss in the smoothed one: an exponential average over about ten steps. */
    private static final double SMOOTHING = 0.1;

    private double smoothed = Double.NaN;
    private double low = Double.POSITIVE_INFINITY;
    private int sinceLow;

    /** The loss of one more step. */
    void add(double loss) {
        smoothed = smoothed != smoothed ? loss : smoothed + SMOOTHING * (loss - smoothed);
        if (smoothed < low - TOLERANCE) {
            low = smoothed;
            sinceLow = 0;
        } else {
            sinceLow++;
        }
    }

    /** Whether the last {@link #WINDOW} steps found no new low. */
    public boolean reached() {
        return sinceLow >= WINDOW;
    }

    /** Training goes on from here: another {@link #WINDOW} steps at least before it stops again. */
    void restart() {
        low = smoothed;
        sinceLow = 0;
    }

    void save(Packed out) {
        out.putNumber(smoothed);
        out.putNumber(low);
        out.putNumber(sinceLow);
    }

    void load(Packed in) {
        smoothed = in.number();
        low = in.number();
        sinceLow = in.integer();
    }

    /** Step 0: nothing seen. */
    void clear() {
        smoothed = Double.NaN;
        low = Double.POSITIVE_INFINITY;
        sinceLow = 0;
    }

    /** The smoothed loss, or NaN before the first step. */
    public double smoothed() {
        return smoothed;
    }

    /** The status's sentence once training has stopped by this rule. */
    public static String sentence() {
        return "Stopped: the loss no longer fell over the last " + WINDOW + " steps (not by "
                + NumberText.fixed(TOLERANCE, 3) + " nats per symbol or more, smoothed). Press Train to go on.";
    }
}
