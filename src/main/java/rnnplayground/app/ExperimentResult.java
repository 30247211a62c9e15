package rnnplayground.app;

import rnnplayground.core.Cells;

/**
 * What the recall experiment measured so far: for each cell, gap and network, its accuracy and its
 * loss on the held-out sequences once trained, and the checksum of its trained weights; a point (a
 * cell and a gap) is measured once all its networks are.
 */
public final class ExperimentResult {
    private final ExperimentSettings settings;
    private final String[] cells;
    private final double chance;
    private final int[] right;
    private final int[] scored;
    private final double[] loss;
    private final int[] checksum;
    private final boolean[] failed;
    /** Networks measured of each point. */
    private final int[] measured;

    ExperimentResult(ExperimentSettings settings, String[] cells, double chance) {
        this.settings = settings;
        this.cells = cells.clone();
        this.chance = chance;
        int networks = cells.length * settings.gapCount() * settings.networks;
        right = new int[networks];
        scored = new int[networks];
        loss = new double[networks];
        checksum = new int[networks];
        failed = new boolean[networks];
        measured = new int[cells.length * settings.gapCount()];
    }

    public ExperimentSettings settings() {
        return settings;
    }

    public int cellCount() {
        return cells.length;
    }

    /** The key of cell c ({@link Cells#kind} says the rest). */
    public String cell(int c) {
        return cells[c];
    }

    public int gapCount() {
        return settings.gapCount();
    }

    public int gap(int g) {
        return settings.gap(g);
    }

    public int networks() {
        return settings.networks;
    }

    /** The accuracy of a guess without memory: one symbol in four. */
    public double chance() {
        return chance;
    }

    /** Whether every network of cell c at gap g is measured. */
    public boolean has(int c, int g) {
        return measured[c * gapCount() + g] == settings.networks;
    }

    /** Whether every point is measured. */
    public boolean complete() {
        for (int count : measured) {
            if (count < settings.networks) {
                return false;
            }
        }
        return true;
    }

    /** The share of held-out sequences recalled by the networks of cell c at gap g, all taken together. */
    public double accuracy(int c, int g) {
        int sumRight = 0;
        int sumScored = 0;
        for (int n = 0; n < settings.networks; n++) {
            sumRight += right[index(c, g, n)];
            sumScored += scored[index(c, g, n)];
        }
        return sumRight / (double) sumScored;
    }

    /** The mean of the held-out losses of the networks of cell c at gap g, in nats. */
    public double loss(int c, int g) {
        double sum = 0;
        for (int n = 0; n < settings.networks; n++) {
            sum += loss[index(c, g, n)];
        }
        return sum / settings.networks;
    }

    /** Network n's share of held-out sequences recalled. */
    public double accuracy(int c, int g, int n) {
        return right[index(c, g, n)] / (double) scored[index(c, g, n)];
    }

    /** The held-out sequences network n of cell c at gap g recalled, and those it was scored on. */
    public int recalled(int c, int g, int n) {
        return right[index(c, g, n)];
    }

    public int scored(int c, int g, int n) {
        return scored[index(c, g, n)];
    }

    /** The lowest accuracy of the networks of cell c at gap g: with the highest, their spread. */
    public double lowestAccuracy(int c, int g) {
        double lowest = 1;
        for (int n = 0; n < settings.networks; n++) {
            lowest = Math.min(lowest, accuracy(c, g, n));
        }
        return lowest;
    }

    public double highestAccuracy(int c, int g) {
        double highest = 0;
        for (int n = 0; n < settings.networks; n++) {
            highest = Math.max(highest, accuracy(c, g, n));
        }
        return highest;
    }

    /** Network n's mean cross-entropy at the recalled position of the held-out sequences, in nats. */
    public double loss(int c, int g, int n) {
        return loss[index(c, g, n)];
    }

    /** The checksum of network n's trained weights (see {@code Network.checksum}). */
    public int networkChecksum(int c, int g, int n) {
        return checksum[index(c, g, n)];
    }

    /** Whether network n's training stopped early on a step that overflowed (its score is that of the weights before). */
    public boolean failed(int c, int g, int n) {
        return failed[index(c, g, n)];
    }

    /** A checksum of every network's recalled count and weights, in order: the same bits give the same number. */
    public int checksum() {
        int sum = 17;
        for (int k = 0; k < right.length; k++) {
            sum = 31 * (31 * sum + right[k]) + checksum[k];
        }
        return sum;
    }

    /** Network n of cell c at gap g recalled {@code rightCount} of {@code scoredCount} held-out sequences. */
    void record(int c, int g, int n, int rightCount, int scoredCount, double meanLoss, int networkChecksum,
            boolean stoppedEarly) {
        int k = index(c, g, n);
        right[k] = rightCount;
        scored[k] = scoredCount;
        loss[k] = meanLoss;
        checksum[k] = networkChecksum;
        failed[k] = stoppedEarly;
        measured[c * gapCount() + g]++;
    }

    private int index(int c, int g, int n) {
        return (c * gapCount() + g) * settings.networks + n;
    }
}
