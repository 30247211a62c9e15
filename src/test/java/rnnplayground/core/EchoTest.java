package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Fading memory: in "abracadabra" the second "abra" drives the state close to where the first one
 * did, because the state after "abracad" is forgotten over the four repeated steps.
 */
class EchoTest {
    /**
     * The echo distance must be under a quarter of the typical distance between unrelated states.
     * With W_hh's norm at 0.9 and tanh' <= 1, a start-state difference shrinks to at most 0.9^4 = 0.66
     * of itself over four steps in the worst case; in practice the contraction is far stronger, and a
     * quarter leaves room across seeds while still failing for a network without fading memory.
     */
    static final double THRESHOLD = 0.25;

    @Test
    void secondAbraEchoesTheFirst() {
        for (int seed = 1; seed <= 50; seed++) {
            RecurrentCell cell = Network.random("rnn", seed, 16, Cells.DEFAULT_RECURRENT_SCALE).cell;
            Trajectory t = Trajectory.of(cell, "abracadabra");
            double echo = distance(t, 3, t, 10);
            double unrelated = typicalUnrelatedDistance(cell, seed);
            assertTrue(echo < THRESHOLD * unrelated,
                    "seed " + seed + ": echo " + echo + " vs unrelated " + unrelated);
        }
    }

    /** Mean distance between the final states of pairs of random 11-symbol sequences. */
    private static double typicalUnrelatedDistance(RecurrentCell cell, int seed) {
        Prng prng = new Prng(seed * 7919);
        double total = 0;
        int pairs = 40;
        for (int p = 0; p < pairs; p++) {
            Trajectory a = Trajectory.of(cell, randomSequence(prng, 11));
            Trajectory b = Trajectory.of(cell, randomSequence(prng, 11));
            total += distance(a, 10, b, 10);
        }
        return total / pairs;
    }

    private static String randomSequence(Prng prng, int length) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            s.append(Alphabet.symbolAt((int) (prng.nextUnit() * Alphabet.SIZE)));
        }
        return s.toString();
    }

    static double distance(Trajectory a, int ta, Trajectory b, int tb) {
        double sum = 0;
        for (int i = 0; i < a.hiddenSize(); i++) {
            double d = a.h(ta, i) - b.h(tb, i);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
