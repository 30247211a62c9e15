package rnnplayground.app;

import rnnplayground.core.Alphabet;

/** What the page says beside the sample: what temperature does, why two cells' samples agree, a text shown. */
public final class SampleText {
    /** The share of symbols two samples share above which the page says why they agree. */
    private static final double ALIKE = 0.75;

    private SampleText() {
    }

    /** One sentence on temperature, for under its slider. */
    public static String temperature() {
        return "Temperature τ divides the network's scores before they become probabilities, p = softmax(y / τ): "
                + "below 1 the likeliest symbol takes more of the chances (near 0 it always wins), above 1 the chances "
                + "even out towards a uniform guess. It changes what the sample draws, never the weights, the heatmap "
                + "or the loss; on a trained network that is nearly sure of every next symbol, only a high τ shows.";
    }

    /** {@code text} with each symbol as it is shown in a picture: a space is "␣", so that a run of them can be counted. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            int symbol = Alphabet.indexOf(text.charAt(k));
            out.append(symbol < 0 ? String.valueOf(text.charAt(k)) : SymbolText.glyph(symbol));
        }
        return out.toString();
    }

    /**
     * Why two networks' samples agree, when they do ({@code first} and {@code second} share most of their
     * symbols) before training ({@code steps} 0); "" otherwise.
     */
    public static String agreement(String first, String second, int steps) {
        int shared = 0;
        int length = Math.min(first.length(), second.length());
        for (int k = 0; k < length; k++) {
            if (first.charAt(k) == second.charAt(k)) {
                shared++;
            }
        }
        if (steps > 0 || length == 0 || shared < ALIKE * length) {
            return "";
        }
        return "Before training, both networks give every next symbol a chance close to a uniform guess's, and both "
                + "samples are drawn with the same seed: so they draw much the same symbols. Train them, and they part.";
    }
}
