package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import rnnplayground.core.Cells;

/**
 * What the recall experiment found, a sentence per cell, from its results alone: "The plain RNN
 * recalls the first symbol after every gap up to 8, is right 61% of the time after a gap of 16 and is
 * at chance after a gap of 32." A point recalls when its accuracy is at least {@link #RECALLS}, is at
 * chance when it is below chance plus {@link #CHANCE_MARGIN}, and is right part of the time otherwise.
 */
public final class RecallSentences {
    public static final double RECALLS = 0.9;
    /** Within this of chance, a point is told as at chance: a few held-out sequences more or less. */
    public static final double CHANCE_MARGIN = 0.1;

    private static final int RECALL = 0;
    private static final int PART = 1;
    private static final int CHANCE = 2;

    private RecallSentences() {
    }

    /** A sentence for each cell with a measured point, in the order of the result's cells. */
    public static List<String> all(ExperimentResult result) {
        List<String> sentences = new ArrayList<>();
        for (int c = 0; c < result.cellCount(); c++) {
            if (result.has(c, 0)) {
                sentences.add(of(result, c));
            }
        }
        return sentences;
    }

    /** The sentence of cell c, on its gaps measured so far (from the first; "" when none is). */
    public static String of(ExperimentResult result, int c) {
        int measured = 0;
        while (measured < result.gapCount() && result.has(c, measured)) {
            measured++;
        }
        if (measured == 0) {
            return "";
        }
        List<String> clauses = new ArrayList<>();
        for (int start = 0; start < measured;) {
            int kind = kind(result, c, start);
            int end = start + 1;
            while (end < measured && kind(result, c, end) == kind) {
                end++;
            }
            clauses.add(clause(result, c, kind, start, end - 1, start == 0, measured));
            start = end;
        }
        String subject = subject(Cells.displayName(result.cell(c)));
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + Sentences.list(clauses) + ".";
    }

    private static int kind(ExperimentResult result, int c, int g) {
        double accuracy = result.accuracy(c, g);
        return accuracy >= RECALLS ? RECALL : accuracy < result.chance() + CHANCE_MARGIN ? CHANCE : PART;
    }

    /** What cell c does at the gaps from index {@code first} to {@code last}, all of one kind. */
    private static String clause(ExperimentResult result, int c, int kind, int first, int last, boolean opening,
            int measured) {
        String gaps = gaps(result, first, last, measured);
        if (kind == RECALL) {
            return opening ? "recalls the first symbol after " + gaps : "recalls it again after " + gaps;
        }
        if (kind == CHANCE) {
            return "is at chance after " + gaps;
        }
        double lowest = 1;
        double highest = 0;
        for (int g = first; g <= last; g++) {
            lowest = Math.min(lowest, result.accuracy(c, g));
            highest = Math.max(highest, result.accuracy(c, g));
        }
        String low = NumberText.percent(lowest);
        String high = NumberText.percent(highest);
        String share = low.equals(high) ? low : low + " to " + high;
        return (opening ? "recalls the first symbol " : "is right ") + share + " of the time after " + gaps;
    }

    /** "a gap of 8", "every gap up to 8", "every gap from 16 on", "gaps from 4 to 16". */
    private static String gaps(ExperimentResult result, int first, int last, int measured) {
        if (first == last) {
            return "a gap of " + result.gap(first);
        }
        boolean fromStart = first == 0;
        boolean toEnd = last == result.gapCount() - 1 && measured == result.gapCount();
        if (fromStart && toEnd) {
            return "every gap tried, up to " + result.gap(last);
        }
        if (fromStart) {
            return "every gap up to " + result.gap(last);
        }
        if (toEnd) {
            return "every gap from " + result.gap(first) + " on";
        }
        return "gaps from " + result.gap(first) + " to " + result.gap(last);
    }

    /**
     * "the plain RNN", "the GRU", "the selective linear cell": the cell's name as the subject of a
     * sentence. A name that starts with a word (not an acronym) is lowercased there, and one that ends
     * with a word is a kind of cell.
     */
    static String subject(String name) {
        boolean word = name.length() > 1 && Character.isLowerCase(name.charAt(1));
        String lead = word ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
        int space = name.lastIndexOf(' ');
        String tail = name.substring(space + 1);
        boolean endsWithWord = space >= 0 && tail.equals(tail.toLowerCase());
        return "the " + lead + (endsWithWord ? " cell" : "");
    }
}
