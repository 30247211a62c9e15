package rnnplayground.app;

import rnnplayground.core.RecallTask;

/**
 * What the recall experiment runs (see {@link RecallExperiment}): the gaps, the training steps of each
 * network, the hidden size, the seed, and the networks trained for each cell and gap, whose accuracies
 * are averaged. Written "1,2,4,8,16,32,61:3000:16:7:4" (gaps:steps:hidden size:seed:networks; a link
 * leaves out ":1" for one network), so that a link runs the same experiment to the same bits.
 */
public final class ExperimentSettings {
    /** The longest gap: the symbol, the gap, the cue and the symbol again fill a sequence of the box's limit. */
    public static final int MAX_GAP = SequenceRules.MAX_LENGTH - 3;
    /** Each network's steps: the experiment trains up to 112 networks (7 gaps, 16 networks) a cell. */
    public static final int MAX_STEPS = 10_000;
    public static final int MAX_NETWORKS = 16;
    /**
     * Gaps doubling from 1, then 61, the longest that fits (64 would not); the page's hidden size. Four
     * networks of 3,000 steps a point: one network's result depends on its seed's luck (a plain RNN
     * recalls at gap 32 from one seed and three symbols of four from the next), four of them less so.
     * On the JVM, single-threaded, the four cells of today take about 10 s of CPU in all (the LSTM 5,
     * the GRU 3, the plain RNN 1.5, the selective linear cell 0.8), so that a browser on a laptop
     * stays well within two minutes with a cell or two more.
     */
    public static final ExperimentSettings DEFAULT = new ExperimentSettings(new int[] {1, 2, 4, 8, 16, 32, MAX_GAP}, 3000,
            PageState.DEFAULT_HIDDEN_SIZE, 7, 4);

    private final int[] gaps;
    /** Training steps of each network, one sequence a step. */
    public final int steps;
    public final int hiddenSize;
    /** The seed every cell's networks are drawn from (its bits: written unsigned). */
    public final int seed;
    /** Networks trained for each cell and gap, from different seeds; their results are averaged. */
    public final int networks;

    /** Refuses what {@link #parse} refuses. */
    public ExperimentSettings(int[] gaps, int steps, int hiddenSize, int seed, int networks) {
        String problem = problem(gaps, steps, hiddenSize, networks);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        this.gaps = gaps.clone();
        this.steps = steps;
        this.hiddenSize = hiddenSize;
        this.seed = seed;
        this.networks = networks;
    }

    public int gapCount() {
        return gaps.length;
    }

    public int gap(int index) {
        return gaps[index];
    }

    public int[] gaps() {
        return gaps.clone();
    }

    /** "1,2,4,8,16,32,61:3000:16:7:4", the last part left out for one network. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < gaps.length; k++) {
            out.append(k > 0 ? "," : "").append(gaps[k]);
        }
        out.append(':').append(steps).append(':').append(hiddenSize).append(':').append(Integer.toUnsignedString(seed));
        return (networks == 1 ? out : out.append(':').append(networks)).toString();
    }

    /** The settings {@code text} writes, or null when it breaks a rule ({@link #refusal} says which). */
    public static ExperimentSettings parse(String text) {
        Object read = read(text);
        return read instanceof ExperimentSettings ? (ExperimentSettings) read : null;
    }

    /** Why {@code text} is refused, a sentence for people, or "" when it is not. */
    public static String refusal(String text) {
        Object read = read(text);
        return read instanceof String ? (String) read : "";
    }

    /** The rule of the text, for a link's notice. */
    public static final String RULE = "gaps:steps:hidden size:seed, and :networks for more than one, e.g. "
            + "1,2,4,8,16,32,61:3000:16:7:4";

    /** The rule with its limits, for the notice of a link whose experiment is refused. */
    public static final String LINK_RULE = "gaps:steps:hidden size:seed:networks, the gaps rising from 0 to " + MAX_GAP
            + ", 1 to " + NumberText.grouped(MAX_STEPS) + " steps, 1 to " + MAX_NETWORKS + " networks, e.g. "
            + "1,2,4,8,16,32,61:3000:16:7:4";

    /** The settings, or the message that refuses them. */
    private static Object read(String text) {
        String[] parts = pieces(text, ':');
        if (parts.length < 4 || parts.length > 5) {
            return "The experiment is written " + RULE + ".";
        }
        String[] gapTexts = pieces(parts[0], ',');
        int[] gaps = new int[gapTexts.length];
        for (int k = 0; k < gaps.length; k++) {
            double gap = StateField.parseDecimal(gapTexts[k]);
            if (gap < 0) {
                return "“" + gapTexts[k] + "” is not a gap: " + gapRule();
            }
            gaps[k] = clamp(gap);
        }
        double steps = StateField.parseDecimal(parts[1]);
        double hidden = StateField.parseDecimal(parts[2]);
        double seed = StateField.parseDecimal(parts[3]);
        double networks = parts.length == 5 ? StateField.parseDecimal(parts[4]) : 1;
        if (seed < 0 || seed > 4294967295.0) {
            return "The seed is a whole number from 0 to 4294967295.";
        }
        String problem = problem(gaps, clamp(steps), clamp(hidden), clamp(networks));
        if (!problem.isEmpty()) {
            return problem;
        }
        return new ExperimentSettings(gaps, (int) steps, (int) hidden,
                (int) (seed >= 2147483648.0 ? seed - 4294967296.0 : seed), (int) networks);
    }

    /** The pieces of {@code text} between the separators, empty ones too (String.split would bring in regular expressions). */
    private static String[] pieces(String text, char separator) {
        int count = 1;
        for (int k = 0; k < text.length(); k++) {
            count += text.charAt(k) == separator ? 1 : 0;
        }
        String[] pieces = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? text.length() : text.indexOf(separator, start);
            pieces[k] = text.substring(start, end);
            start = end + 1;
        }
        return pieces;
    }

    /** A parsed number as an int that keeps it out of range when it was (-1 stays -1). */
    private static int clamp(double n) {
        return n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    private static String problem(int[] gaps, int steps, int hiddenSize, int networks) {
        if (gaps.length == 0) {
            return "The experiment needs at least one gap.";
        }
        for (int k = 0; k < gaps.length; k++) {
            if (gaps[k] < 0 || gaps[k] > MAX_GAP) {
                return "A gap of " + gaps[k] + " is refused: " + gapRule();
            }
            if (k > 0 && gaps[k] <= gaps[k - 1]) {
                return "The gaps must rise: " + gaps[k] + " comes after " + gaps[k - 1] + ".";
            }
        }
        if (steps < 1 || steps > MAX_STEPS) {
            return "The steps of each network are a whole number from 1 to " + NumberText.grouped(MAX_STEPS) + ".";
        }
        if (hiddenSize < PageState.MIN_HIDDEN_SIZE || hiddenSize > PageState.MAX_HIDDEN_SIZE) {
            return HiddenSizeRules.message();
        }
        if (networks < 1 || networks > MAX_NETWORKS) {
            return "The networks for each cell and gap are a whole number from 1 to " + MAX_NETWORKS + ".";
        }
        return "";
    }

    private static String gapRule() {
        return "a gap is a whole number from 0 to " + MAX_GAP + ", so that the symbol, the gap, the cue "
                + RecallTask.CUE + " and the symbol again fit in " + SequenceRules.MAX_LENGTH + " symbols.";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExperimentSettings && ((ExperimentSettings) other).text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }
}
