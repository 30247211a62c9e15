package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * Which dimensions of h react to a symbol: for each, the mean of its values at the steps that read
 * the symbol minus the mean at the other steps. A letter detector is far from 0, either way.
 */
public final class LetterDetectors {
    /** The detector chosen, as a link writes it: "none", or the symbol's name ("a", …, "space"), by index + 1. */
    public static final String[] CHOICES = choices();

    /** The difference of every dimension, by dimension. */
    public final double[] difference;
    /** The dimensions, the largest difference (either way) first. */
    public final int[] ranking;
    /** Why there is no ranking ("" when there is one). */
    public final String problem;

    public LetterDetectors(Trajectory trajectory, int symbol) {
        int hidden = trajectory.hiddenSize();
        int steps = trajectory.steps();
        int on = 0;
        for (int t = 0; t < steps; t++) {
            if (trajectory.symbol(t) == symbol) {
                on++;
            }
        }
        difference = new double[hidden];
        if (on == 0 || on == steps) {
            ranking = new int[0];
            problem = on == 0 ? SymbolText.quoted(symbol) + " is not in the sequence: nothing to compare."
                    : "Every step reads " + SymbolText.quoted(symbol) + ": there is no elsewhere to compare with.";
            return;
        }
        for (int i = 0; i < hidden; i++) {
            double sumOn = 0;
            double sumOff = 0;
            for (int t = 0; t < steps; t++) {
                if (trajectory.symbol(t) == symbol) {
                    sumOn += trajectory.h(t, i);
                } else {
                    sumOff += trajectory.h(t, i);
                }
            }
            difference[i] = sumOn / on - sumOff / (steps - on);
        }
        ranking = new int[hidden];
        for (int i = 0; i < hidden; i++) {
            int at = i;
            while (at > 0 && Math.abs(difference[ranking[at - 1]]) < Math.abs(difference[i])) {
                ranking[at] = ranking[at - 1];
                at--;
            }
            ranking[at] = i;
        }
        problem = "";
    }

    private static String[] choices() {
        String[] texts = new String[Alphabet.SIZE + 1];
        texts[0] = "none";
        for (int k = 0; k < Alphabet.SIZE; k++) {
            texts[k + 1] = SymbolText.name(k);
        }
        return texts;
    }
}
