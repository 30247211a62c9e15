package rnnplayground.core;

/**
 * Generates text from a network: from a given first symbol, each next symbol is drawn from
 * p = softmax(y_t / τ) with a seeded generator of its own, so a seed gives the same text on every
 * engine. τ below 1 sharpens the distribution toward the model's top guess, above 1 flattens it.
 */
public final class Sampler {
    private Sampler() {
    }

    /** {@code count} symbols, the first being {@code first}, at temperature τ, drawn with {@code new Prng(seed)}. */
    public static Sample sample(Network network, int first, int count, double temperature, int seed) {
        if (!(temperature > 0) || temperature == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the temperature must be a positive number");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a sample has at least its first symbol: " + count);
        }
        int v = Alphabet.SIZE;
        if (first < 0 || first >= v) {
            throw new IllegalArgumentException("no symbol has the index " + first);
        }
        Prng prng = new Prng(seed);
        int[] symbols = new int[count];
        double[] probabilities = new double[count];
        double[] y = new double[v];
        double[] p = new double[v];
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.reserve(count); // grown a step at a time below: without room, each step would copy all the others
        symbols[0] = first;
        probabilities[0] = 1;
        for (int t = 1; t < count; t++) {
            trajectory.update(symbols, 0, t);
            network.readout.logits(trajectory.states(), trajectory.offset(t - 1), y, 0);
            Softmax.probabilities(y, 0, v, temperature, p, 0);
            int next = draw(p, prng.nextUnit());
            symbols[t] = next;
            probabilities[t] = p[next];
        }
        return new Sample(symbols, probabilities);
    }

    /** The first k whose cumulative probability exceeds u (or the last with any probability). */
    private static int draw(double[] p, double u) {
        double cumulative = 0;
        int last = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] > 0) {
                cumulative += p[k];
                last = k;
                if (u < cumulative) {
                    return k;
                }
            }
        }
        return last;
    }
}
