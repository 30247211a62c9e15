package rnnplayground.app.space;

import rnnplayground.app.NumberText;

/**
 * The ticks of a plot's axis: a round step (1, 2 or 5 times a power of ten) and the multiples of it
 * within a range, written with as many decimals as the step needs. Found by multiplying and dividing
 * by ten, so the same on every engine.
 */
final class Ticks {
    final double step;
    final int digits;

    /** The smallest round step of at least {@code least} (which must be above 0). */
    Ticks(double least) {
        double power = 1;
        while (power > least) {
            power /= 10;
        }
        while (power * 10 <= least) {
            power *= 10;
        }
        double chosen = power;
        for (double factor : new double[] {1, 2, 5, 10}) {
            chosen = power * factor;
            if (chosen >= least) {
                break;
            }
        }
        step = chosen;
        int d = 0;
        for (double scaled = chosen; scaled < 0.999999 && d < 12; scaled *= 10) {
            d++;
        }
        digits = d;
    }

    /** The k-th multiple of the step at or above {@code low}. */
    double value(double low, int k) {
        return (Math.ceil(low / step) + k) * step;
    }

    /** How many multiples of the step lie in [low, high]. */
    int count(double low, double high) {
        return (int) (Math.floor(high / step) - Math.ceil(low / step)) + 1;
    }

    /** A tick's value as its label, with the step's decimals: "0.5", "−1.0", "0.0" (never "−0.0"). */
    String label(double value) {
        double rounded = Math.abs(value) < step / 2 ? 0 : value;
        return NumberText.fixed(rounded, digits);
    }
}
