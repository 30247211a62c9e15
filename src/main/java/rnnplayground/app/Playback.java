package rnnplayground.app;

/**
 * Where the replay is: how many columns are shown (0 … steps), whether it plays, and how fast.
 * Time comes in from outside (milliseconds), so the logic is the same on the JVM and in the page.
 */
public final class Playback {
    /** Speeds offered, in steps per second; 0 means one step for each press of Play. */
    public static final int[] SPEEDS = {0, 1, 2, 4, 6, 12, 24};
    public static final int DEFAULT_SPEED = 6;

    private int steps;
    private int position;
    private boolean playing;
    private boolean stepping;
    private double speed = DEFAULT_SPEED;
    private double lastAdvance;

    /** A new sequence or model: everything shown at once, nothing playing. */
    public void showAll(int stepCount) {
        steps = stepCount;
        position = stepCount;
        playing = false;
        stepping = false;
    }

    /** Replay: start from the first column. */
    public void replay(double now) {
        position = 0;
        stepping = false;
        play(now);
    }

    /** Plays from where it stands (from the start if at the end). */
    public void play(double now) {
        if (steps == 0) {
            return;
        }
        if (position >= steps) {
            position = 0;
        }
        stepping = false;
        if (speed == 0) {
            position++;
            stepping = true;
            return;
        }
        playing = true;
        position++;
        lastAdvance = now;
    }

    public void pause() {
        if (playing) {
            playing = false;
            stepping = true;
        }
    }

    public void toggle(double now) {
        if (playing) {
            pause();
        } else {
            play(now);
        }
    }

    /** Advances with the clock; returns whether the position or the playing state changed. */
    public boolean tick(double now) {
        if (!playing) {
            return false;
        }
        double interval = 1000 / speed;
        if (now - lastAdvance < interval - 1e-6) {
            return false;
        }
        if (position >= steps) {
            playing = false;
            return true;
        }
        position++;
        lastAdvance += interval;
        if (now - lastAdvance >= interval) {
            lastAdvance = now; // fell behind (a hidden tab): resume the pace from now
        }
        return true;
    }

    public void stepForward() {
        playing = false;
        stepping = true;
        position = Math.min(steps, position + 1);
    }

    public void stepBack() {
        playing = false;
        stepping = true;
        position = Math.max(0, position - 1);
    }

    public void scrubTo(int columns) {
        playing = false;
        stepping = true;
        position = Math.max(0, Math.min(steps, columns));
    }

    public void setSpeed(double stepsPerSecond) {
        speed = stepsPerSecond;
        if (speed == 0) {
            pause();
        }
    }

    /** How the speed choice names {@code stepsPerSecond}: "6 steps/s", "one step a press". */
    public static String speedName(int stepsPerSecond) {
        return stepsPerSecond == 0 ? "one step a press"
                : stepsPerSecond + (stepsPerSecond == 1 ? " step/s" : " steps/s");
    }

    public int position() {
        return position;
    }

    public int steps() {
        return steps;
    }

    public boolean isPlaying() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    /** The step being read, marked on the heatmap and in the strip, or -1 when none is. */
    public int currentStep() {
        boolean marked = playing || stepping || position < steps;
        return marked && position > 0 ? position - 1 : -1;
    }
}
