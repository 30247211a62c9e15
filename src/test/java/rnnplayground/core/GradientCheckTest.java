package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The analytic gradient of the core's BPTT, for every parameter entry of every cell, against central
 * finite differences of the independent double-precision reference loss.
 */
class GradientCheckTest {
    private static final double STEP = 1e-5;
    private static final double TOLERANCE = 1e-4;
    /**
     * Entries smaller than this fraction of the largest are compared in absolute terms: the core's
     * states are floats, and where p_t is close to 1, p_t - 1 loses most of its digits to them.
     */
    private static final double FLOOR = 1e-3;
    private static final int[] SEQUENCE = Alphabet.encode("abr cadabra");

    @Test
    void everyCellsGradientMatchesFiniteDifferences() {
        for (String key : Cells.keys()) {
            for (int hidden : new int[] {3, 5}) {
                Network network = Network.random(key, 7 + hidden, hidden, 1.2);
                check(network, key + ", H " + hidden + ", untrained");
                Trainer trainer = new Trainer(network);
                trainer.setLearningRate(0.02);
                for (int s = 0; s < 15; s++) {
                    trainer.step(SEQUENCE);
                }
                check(network, key + ", H " + hidden + ", after 15 steps");
            }
        }
    }

    /**
     * Scoring chosen positions only: the recalled symbol of "b    rb", and three positions of the
     * sequence, after training on them.
     */
    @Test
    void theGradientOfChosenPositionsMatchesFiniteDifferences() {
        int[] recall = Alphabet.encode("b    rb");
        int[] recalled = {6};
        int[] some = {2, 5, 9};
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 11, 4, 1.2);
            check(network, recall, recalled, key + ", recall, untrained");
            Trainer trainer = new Trainer(network);
            trainer.setLearningRate(0.02);
            for (int s = 0; s < 15; s++) {
                trainer.step(SEQUENCE, some);
            }
            check(network, SEQUENCE, some, key + ", three positions, after 15 steps");
        }
    }

    private static void check(Network network, String what) {
        check(network, SEQUENCE, null, what);
    }

    /** Every position scored when {@code scored} is null. */
    private static void check(Network network, int[] sequence, int[] scored, String what) {
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.update(sequence);
        Bptt bptt = new Bptt(network);
        double loss = scored == null ? bptt.lossAndGradients(trajectory, sequence, 1, sequence.length - 1)
                : bptt.lossAndGradients(trajectory, sequence, scored);
        Reference reference = new Reference(network);
        assertEquals(referenceLoss(reference, sequence, scored), loss, 1e-6, what + ": loss");
        Param[] params = network.params();
        double largest = 0;
        for (Param param : params) {
            for (double g : param.dw) {
                largest = Math.max(largest, Math.abs(g));
            }
        }
        double floor = FLOOR * largest;
        double worst = 0;
        String worstAt = "";
        for (int n = 0; n < params.length; n++) {
            double[] values = reference.p[n];
            for (int k = 0; k < values.length; k++) {
                double value = values[k];
                values[k] = value + STEP;
                double up = referenceLoss(reference, sequence, scored);
                values[k] = value - STEP;
                double down = referenceLoss(reference, sequence, scored);
                values[k] = value;
                double numeric = (up - down) / (2 * STEP);
                double analytic = params[n].dw[k];
                double error = Math.abs(analytic - numeric) / Math.max(floor, Math.max(Math.abs(analytic), Math.abs(numeric)));
                if (error > worst) {
                    worst = error;
                    worstAt = params[n].name + "[" + k + "] = " + analytic + " (largest " + largest + ")";
                }
                assertTrue(error < TOLERANCE, what + ": d" + params[n].name + "[" + k + "] analytic " + analytic
                        + ", numeric " + numeric);
            }
        }
        System.out.println(what + ": worst relative error " + worst + " at " + worstAt);
    }

    private static double referenceLoss(Reference reference, int[] sequence, int[] scored) {
        return scored == null ? reference.loss(sequence) : reference.loss(sequence, scored);
    }
}
