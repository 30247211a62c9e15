package rnnplayground.app;

/** The pace of the replay: how many columns are visible a given time after it started. */
public final class Replay {
    public static final double DEFAULT_STEPS_PER_SECOND = 6;

    private final double stepsPerSecond;

    public Replay(double stepsPerSecond) {
        this.stepsPerSecond = stepsPerSecond;
    }

    /** Columns shown {@code elapsedMs} after the start of a replay of {@code steps} steps: 1 at once. */
    public int shownAt(double elapsedMs, int steps) {
        if (steps == 0) {
            return 0;
        }
        int shown = 1 + (int) Math.floor(Math.max(0, elapsedMs) * stepsPerSecond / 1000);
        return Math.min(shown, steps);
    }

    /** Whether the last column has been on show for a whole step. */
    public boolean isFinished(double elapsedMs, int steps) {
        return elapsedMs >= steps * 1000 / stepsPerSecond;
    }
}
