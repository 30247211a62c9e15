package rnnplayground.core;

/**
 * A text with noise: each symbol of a given text is replaced, with a chosen probability, by one of the
 * other symbols of the alphabet, each as likely, drawn anew for every sequence. Every next symbol is
 * scored, as on the free text; the noise cannot be predicted, so even a perfect model misses some.
 */
public final class NoisyTextTask implements Task {
    private static final int V = Alphabet.SIZE;
    private final int[] text;
    /** Percent of the symbols replaced, from 0 to 100. */
    public final int noise;

    /** Refuses a text of fewer than two symbols, a symbol outside the alphabet, noise outside 0-100 %. */
    public NoisyTextTask(String text, int noisePercent) {
        if (text.length() < 2) {
            throw new IllegalArgumentException("a text to predict has at least two symbols");
        }
        if (noisePercent < 0 || noisePercent > 100) {
            throw new IllegalArgumentException("the noise is a percentage from 0 to 100");
        }
        this.text = Alphabet.encode(text);
        this.noise = noisePercent;
    }

    @Override
    public String key() {
        return "noisy";
    }

    @Override
    public int maxLength() {
        return text.length;
    }

    @Override
    public TaskSequence draw(Prng prng) {
        int[] symbols = new int[text.length];
        int[] scored = new int[text.length - 1];
        for (int t = 0; t < text.length; t++) {
            symbols[t] = prng.below(100) < noise ? (text[t] + 1 + prng.below(V - 1)) % V : text[t];
            if (t > 0) {
                scored[t - 1] = t;
            }
        }
        return new TaskSequence(symbols, scored);
    }

    /**
     * The accuracy of the best guess of each symbol from the one before it alone: Σ_c max_d P(c, d),
     * P(c, d) the chance that a scored position holds d after c, averaged over the positions; the
     * noise of two positions is independent, so P_p(c, d) = q_{p-1}(c) q_p(d).
     */
    @Override
    public double chance() {
        double[] joint = new double[V * V];
        for (int p = 1; p < text.length; p++) {
            for (int c = 0; c < V; c++) {
                for (int d = 0; d < V; d++) {
                    joint[c * V + d] += probability(p - 1, c) * probability(p, d);
                }
            }
        }
        double best = 0;
        for (int c = 0; c < V; c++) {
            double most = 0;
            for (int d = 0; d < V; d++) {
                most = Math.max(most, joint[c * V + d]);
            }
            best += most;
        }
        return best / (text.length - 1);
    }

    /** q_p(s): the chance that position p holds symbol s. */
    private double probability(int p, int s) {
        return s == text[p] ? (100 - noise) / 100.0 : noise / 100.0 / (V - 1);
    }
}
