package rnnplayground.app;

import rnnplayground.core.ExpLog;

/**
 * A logarithmic axis of a chart, from 10^bottom to 10^top: where a value sits on it, and its ticks,
 * one a power of ten, each labelled as {@link NumberText#powerOfTen} writes it (the page's one format).
 */
public final class LogAxis {
    private static final double LN10 = 2.302585092994046;
    /** Values this small or smaller (and zero) sit at the bottom. */
    private static final double TINY = 1e-12;

    public final double bottom;
    public final double top;

    public LogAxis(double bottom, double top) {
        this.bottom = bottom;
        this.top = top;
    }

    /**
     * The axis that holds every value from {@code lowest} to {@code highest} (both above zero), from the
     * power of ten at or under the one to the power at or over the other, at least one decade.
     */
    public static LogAxis holding(double lowest, double highest) {
        int bottom = (int) Math.floor(log10(lowest));
        int top = (int) Math.ceil(log10(highest));
        return new LogAxis(bottom, Math.max(top, bottom + 1));
    }

    /** log10 of x, from our own log; −12 for zero and anything smaller. */
    public static double log10(double x) {
        return x > TINY ? ExpLog.log(x) / LN10 : -12;
    }

    /** Where {@code value} is: 0 at the bottom, 1 at the top, clamped to the axis. */
    public double position(double value) {
        double at = (log10(value) - bottom) / (top - bottom);
        return at < 0 ? 0 : at > 1 ? 1 : at;
    }

    /** Where the tick of 10^p is: 0 at the bottom, 1 at the top. */
    public double positionOf(int p) {
        return (p - bottom) / (top - bottom);
    }

    /** The powers of ten on the axis, from the bottom up, every {@code every}-th one of them. */
    public int[] ticks(int every) {
        int first = (int) Math.ceil(bottom - 1e-9);
        int last = (int) Math.floor(top + 1e-9);
        int count = last < first ? 0 : (last - first) / every + 1;
        int[] ticks = new int[count];
        for (int k = 0; k < count; k++) {
            ticks[k] = first + k * every;
        }
        return ticks;
    }

    /** The label of the tick at 10^p. */
    public static String label(int p) {
        return NumberText.powerOfTen(p);
    }
}
