package rnnplayground.app;

/**
 * How steps are counted for people, the one convention of the page: from 0, as in the code, the
 * tooltip, the table, the exports and the link. The first symbol is read at step 0.
 */
public final class StepText {
    private StepText() {
    }

    /** "0–10" for 11 steps, "0" for one, "" for none: the steps a sequence has. */
    public static String range(int steps) {
        return steps <= 0 ? "" : steps == 1 ? "0" : "0–" + (steps - 1);
    }

    /**
     * The playback position, {@code shown} columns out of {@code steps}: "step 4 of 0–10" when steps 0
     * to 4 are shown, "step – of 0–10" before the first.
     */
    public static String position(int shown, int steps) {
        if (steps == 0) {
            return "no steps";
        }
        return "step " + (shown == 0 ? "–" : String.valueOf(shown - 1)) + " of " + range(steps);
    }

    /**
     * Which of {@code steps} columns, each {@code cellWidth} CSS pixels wide, get their number above
     * them: every one when they are wide enough, else every 2nd, 5th, 10th, ... so that labels of
     * {@code digitWidth} pixels a digit never touch.
     */
    public static int labelEvery(int steps, int cellWidth, int digitWidth) {
        int digits = String.valueOf(Math.max(0, steps - 1)).length();
        int needed = digits * digitWidth + 4;
        int[] choices = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
        for (int every : choices) {
            if (every * cellWidth >= needed) {
                return every;
            }
        }
        return choices[choices.length - 1];
    }
}
