package rnnplayground.app;

import java.util.Arrays;

/**
 * A log's losses (or gradient norms) as a chart draws them: the step axis from 0 to {@code extent} over
 * {@code columns} pixel columns, step k in column k × columns / extent, each column the lowest to
 * highest value of its steps; and the highest value and the lowest above 0, for the scale. Kept as
 * steps are added, so that a chart of a million steps redraws from the new ones alone.
 */
public final class StepColumns {
    private final boolean losses;
    private TrainingLog log;
    private int rewrites;
    private int extent;
    private double[] low = new double[0];
    private double[] high = new double[0];
    private int scanned;
    private double highest;
    private double lowestPositive;

    /** The losses of a log, or its gradient norms. */
    public StepColumns(boolean losses) {
        this.losses = losses;
    }

    /**
     * Brings the columns up to {@code log}'s last step, read again from step 0 if anything else changed
     * (a step past {@code extent} falls in the last column).
     */
    public void update(TrainingLog log, int extent, int columns) {
        if (log != this.log || log.rewrites() != rewrites || extent != this.extent || columns != low.length
                || log.steps() < scanned) {
            this.log = log;
            rewrites = log.rewrites();
            this.extent = extent;
            low = new double[columns];
            high = new double[columns];
            Arrays.fill(low, Double.POSITIVE_INFINITY);
            Arrays.fill(high, Double.NEGATIVE_INFINITY);
            scanned = 0;
            highest = 0;
            lowestPositive = Double.POSITIVE_INFINITY;
        }
        for (; scanned < log.steps(); scanned++) {
            double value = losses ? log.loss(scanned) : log.gradientNorm(scanned);
            // in doubles, not longs (a BigInt on TeaVM's JavaScript): exact, the product stays far below 2^53
            int column = Math.min(low.length - 1, (int) ((double) scanned * low.length / extent));
            low[column] = Math.min(low[column], value);
            high[column] = Math.max(high[column], value);
            highest = Math.max(highest, value);
            if (value > 0) {
                lowestPositive = Math.min(lowestPositive, value);
            }
        }
    }

    public int columns() {
        return low.length;
    }

    /** Whether any step falls in column {@code c}. */
    public boolean has(int c) {
        return low[c] <= high[c];
    }

    public double low(int c) {
        return low[c];
    }

    public double high(int c) {
        return high[c];
    }

    /** The highest value of any step, 0 before any. */
    public double highest() {
        return highest;
    }

    /** The lowest value above 0 of any step, infinite before any. */
    public double lowestPositive() {
        return lowestPositive;
    }
}
