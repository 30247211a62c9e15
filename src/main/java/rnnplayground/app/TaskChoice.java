package rnnplayground.app;

import rnnplayground.core.CountTask;
import rnnplayground.core.NoisyTextTask;
import rnnplayground.core.Prng;
import rnnplayground.core.RecallTask;
import rnnplayground.core.Task;
import rnnplayground.core.TaskSequence;

/**
 * What the page trains on: the free text of the box (the default), or a task with its one number:
 * recall after a gap (the gap), count (the run of a's), or the box's text with noise (percent of the
 * symbols replaced). Written "text", "recall:8", "count:5", "noisy:10".
 */
public final class TaskChoice {
    public static final String[] KEYS = {"text", "recall", "count", "noisy"};
    public static final String[] NAMES = {"Free text", "Recall after a gap", "Count", "Noisy text"};
    /** What the number of each kind is called; none for the free text. */
    public static final String[] NUMBER_NAMES = {"", "Gap", "Run of a's", "Noise (%)"};
    public static final int[] MIN = {0, 0, 2, 0};
    public static final int[] MAX = {0, SequenceRules.MAX_LENGTH - 3, SequenceRules.MAX_LENGTH - 1 - CountTask.MAX_PREFIX,
        100};
    public static final int[] DEFAULT_NUMBER = {0, 8, 5, 10};
    public static final TaskChoice FREE_TEXT = new TaskChoice(0, 0);
    /** The seed of the examples a chooser shows. */
    public static final int EXAMPLE_SEED = 1;

    /** The rule of the text, for a link's notice. */
    public static final String RULE = "text, recall:gap (" + MIN[1] + " to " + MAX[1] + "), count:run (" + MIN[2] + " to "
            + MAX[2] + ") or noisy:percent (" + MIN[3] + " to " + MAX[3] + ")";

    /** The index of the kind in {@link #KEYS}. */
    public final int kind;
    /** The gap, the run or the noise; 0 for the free text. */
    public final int number;

    /** Refuses a kind or number out of range. */
    public TaskChoice(int kind, int number) {
        if (kind < 0 || kind >= KEYS.length || number < MIN[kind] || number > MAX[kind]) {
            throw new IllegalArgumentException("no task " + kind + " with number " + number);
        }
        this.kind = kind;
        this.number = number;
    }

    /** Kind {@code kind} with its default number. */
    public static TaskChoice of(int kind) {
        return new TaskChoice(kind, DEFAULT_NUMBER[kind]);
    }

    public boolean isFreeText() {
        return kind == 0;
    }

    /** Whether the task is made of the box's text (the free text, the noisy text) rather than sequences of its own. */
    public boolean readsText() {
        return kind == 0 || kind == 3;
    }

    /**
     * The task, whose sequences are drawn anew for each training step; null for the free text, which
     * is the box's. The noisy text is {@code boxText} (at least two symbols) with noise.
     */
    public Task task(String boxText) {
        switch (kind) {
            case 1:
                return new RecallTask(number);
            case 2:
                return new CountTask(number);
            case 3:
                return new NoisyTextTask(boxText, number);
            default:
                return null;
        }
    }

    /**
     * {@code count} sequences of the task, the same each time, with the positions that count (see
     * {@link TaskSequence#isScored}); for the free text, the box's text with every position after
     * the first.
     */
    public TaskSequence[] examples(String boxText, int count) {
        return isFreeText() ? new TaskSequence[] {new NoisyTextTask(boxText, 0).draw(new Prng(0))}
                : task(boxText).draw(EXAMPLE_SEED, count);
    }

    /** What the task asks, for people, with its chance level (see {@link Task#chance}). */
    public String rule(String boxText) {
        switch (kind) {
            case 1:
                return "One of a, b, c and d, then " + spaces(number) + ", then the cue " + RecallTask.CUE
                        + ": predict the first symbol again. Only that prediction counts; without memory a guess is right "
                        + NumberText.percent(task(boxText).chance()) + " of the time.";
            case 2:
                return "A run of " + number + " a's after a few other symbols, then b: predict where b comes. Every "
                        + "prediction after an a counts; without memory a network can only say a after every a, right "
                        + NumberText.percent(task(boxText).chance()) + " of the time.";
            case 3:
                return "The text in the box with " + number + "% of its symbols replaced at random, anew each step: "
                        + "predict every next symbol. From the current symbol alone, the best guess is right "
                        + NumberText.percent(task(boxText).chance()) + " of the time.";
            default:
                return "Predict every next symbol of the text in the box.";
        }
    }

    /** The number typed for kind {@code kind}, or -1 when it is not one of the kind's. */
    public static int parseNumber(int kind, String text) {
        double n = StateField.parseDecimal(text.trim());
        return kind > 0 && n >= MIN[kind] && n <= MAX[kind] ? (int) n : -1;
    }

    /** "Gap is a whole number from 0 to 61.": what the number of kind {@code kind} may be. */
    public static String numberRule(int kind) {
        return NUMBER_NAMES[kind] + " is a whole number from " + MIN[kind] + " to " + MAX[kind] + ".";
    }

    /** "text", "recall:8". */
    public String text() {
        return isFreeText() ? KEYS[0] : KEYS[kind] + ":" + number;
    }

    /** The choice {@code text} writes, or null. */
    public static TaskChoice parse(String text) {
        int colon = text.indexOf(':');
        int kind = StateField.indexOf(KEYS, colon < 0 ? text : text.substring(0, colon));
        if (kind == 0) {
            return colon < 0 ? FREE_TEXT : null;
        }
        double number = colon < 0 ? -1 : StateField.parseDecimal(text.substring(colon + 1));
        return kind < 0 || number < MIN[kind] || number > MAX[kind] ? null : new TaskChoice(kind, (int) number);
    }

    private static String spaces(int n) {
        return n == 1 ? "1 space" : n + " spaces";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskChoice && ((TaskChoice) other).kind == kind && ((TaskChoice) other).number == number;
    }

    @Override
    public int hashCode() {
        return kind * 1000 + number;
    }
}
