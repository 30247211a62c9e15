package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InfluenceTest {
    private static final double STEP = 1e-6;
    private static final int[] TEXT = Alphabet.encode(TrainingTest.LONG);

    private static int[] first(int n) {
        int[] symbols = new int[n];
        for (int t = 0; t < n; t++) {
            symbols[t] = TEXT[t % TEXT.length];
        }
        return symbols;
    }

    private static Trajectory run(Network network, int[] symbols) {
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.update(symbols);
        return trajectory;
    }

    @Test
    void theInfluenceOnAStateMatchesFiniteDifferences() {
        int[] symbols = first(12);
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 21, 5, 1.1);
            Trajectory trajectory = run(network, symbols);
            Reference reference = new Reference(network);
            double[][] x = Reference.inputs(symbols);
            double[][] states = reference.states(symbols);
            int t = 10;
            for (int k : new int[] {0, 3, reference.stateSize() - 1}) {
                Influence influence = new Influence(network);
                influence.ofState(trajectory, t, k);
                for (int j = 0; j <= t; j++) {
                    double[] initial = j == 0 ? new double[reference.stateSize()] : states[j - 1];
                    // ∂s_t[k]/∂s_j[d] by moving s_j[d] and running on from step j + 1
                    double hidden2 = 0;
                    double state2 = 0;
                    for (int d = 0; d < reference.stateSize(); d++) {
                        double[] up = states[j].clone();
                        double[] down = states[j].clone();
                        up[d] += STEP;
                        down[d] -= STEP;
                        double derivative = (at(reference, symbols, x, j + 1, up, t, k)
                                - at(reference, symbols, x, j + 1, down, t, k)) / (2 * STEP);
                        state2 += derivative * derivative;
                        if (d < 5) {
                            hidden2 += derivative * derivative;
                            assertEquals(Math.abs(derivative), influence.dimension(j, d), 1e-5,
                                    key + ": ∂s_" + t + "[" + k + "]/∂h_" + j + "[" + d + "]");
                        }
                    }
                    assertEquals(Math.sqrt(hidden2), influence.hiddenNorm(j), 1e-5, key + ": ‖∂v/∂h_" + j + "‖");
                    assertEquals(Math.sqrt(state2), influence.stateNorm(j), 1e-5, key + ": ‖∂v/∂s_" + j + "‖");
                    // ∂s_t[k]/∂x_j by moving each entry of the input vector x_j
                    double input2 = 0;
                    for (int m = 0; m < Alphabet.SIZE; m++) {
                        double[][] moved = copy(x);
                        moved[j][m] += STEP;
                        double up = at(reference, symbols, moved, j, initial, t, k);
                        moved[j][m] -= 2 * STEP;
                        double down = at(reference, symbols, moved, j, initial, t, k);
                        double derivative = (up - down) / (2 * STEP);
                        input2 += derivative * derivative;
                    }
                    assertEquals(Math.sqrt(input2), influence.inputNorm(j), 1e-5, key + ": ‖∂v/∂x_" + j + "‖");
                }
                for (int j = t + 1; j < symbols.length; j++) {
                    assertEquals(0.0, influence.hiddenNorm(j), "no influence from the future");
                }
            }
        }
    }

    /** s_t[k] of the reference run from step {@code from} with s_{from-1} = {@code initial}. */
    private static double at(Reference reference, int[] symbols, double[][] x, int from, double[] initial, int t, int k) {
        return from > t ? initial[k] : reference.states(symbols, x, from, initial)[t][k];
    }

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            c[t] = x[t].clone();
        }
        return c;
    }

    @Test
    void theInfluenceOnTheLossMatchesFiniteDifferences() {
        int[] symbols = first(10);
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 22, 4, 1.1);
            Trajectory trajectory = run(network, symbols);
            Influence influence = new Influence(network);
            influence.ofLoss(trajectory);
            Reference reference = new Reference(network);
            double[][] x = Reference.inputs(symbols);
            double[][] states = reference.states(symbols);
            for (int j = 0; j < symbols.length; j++) {
                double hidden2 = 0;
                for (int d = 0; d < 4; d++) {
                    double[] up = states[j].clone();
                    double[] down = states[j].clone();
                    up[d] += STEP;
                    down[d] -= STEP;
                    double derivative = (lossFrom(reference, symbols, x, states, j, up)
                            - lossFrom(reference, symbols, x, states, j, down)) / (2 * STEP);
                    hidden2 += derivative * derivative;
                }
                assertEquals(Math.sqrt(hidden2), influence.hiddenNorm(j), 1e-6, key + ": ‖∂L/∂h_" + j + "‖");
            }
        }
    }

    @Test
    void theInfluenceOnAScoreMatchesFiniteDifferences() {
        int[] symbols = first(9);
        int t = 7;
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 23, 4, 1.1);
            Trajectory trajectory = run(network, symbols);
            Reference reference = new Reference(network);
            double[][] x = Reference.inputs(symbols);
            double[][] states = reference.states(symbols);
            float[] why = network.readout.why.w;
            for (int symbol : new int[] {0, 5}) {
                Influence influence = new Influence(network);
                influence.ofScore(trajectory, t, symbol);
                for (int j = 0; j <= t; j++) {
                    double hidden2 = 0;
                    for (int d = 0; d < 4; d++) {
                        double[] up = states[j].clone();
                        double[] down = states[j].clone();
                        up[d] += STEP;
                        down[d] -= STEP;
                        double derivative = 0;
                        for (int i = 0; i < 4; i++) { // y_t[symbol] = Σ_i W_hy[symbol, i] h_t[i] + b_y[symbol]
                            derivative += why[symbol * 4 + i] * (at(reference, symbols, x, j + 1, up, t, i)
                                    - at(reference, symbols, x, j + 1, down, t, i)) / (2 * STEP);
                        }
                        hidden2 += derivative * derivative;
                    }
                    assertEquals(Math.sqrt(hidden2), influence.hiddenNorm(j), 1e-5, key + ": ‖∂y/∂h_" + j + "‖");
                }
                assertEquals(0.0, influence.hiddenNorm(t + 1), "no influence from the future");
            }
        }
    }

    /** The reference loss with s_j replaced by {@code state} and the steps after it run from there. */
    private static double lossFrom(Reference reference, int[] symbols, double[][] x, double[][] states, int j,
            double[] state) {
        double[][] moved = reference.states(symbols, x, j + 1, state);
        for (int t = 0; t <= j; t++) {
            moved[t] = t == j ? state : states[t];
        }
        return reference.loss(symbols, moved);
    }

    @Test
    void withASmallRecurrentScaleThePlainRnnForgetsWithinSixtySteps() {
        Network network = Network.random("rnn", 3, 16, 0.5);
        Trajectory trajectory = run(network, first(60));
        Influence influence = new Influence(network);
        for (int i = 0; i < 16; i++) {
            influence.ofState(trajectory, 59, i);
            assertEquals(1.0, influence.hiddenNorm(59));
            assertTrue(influence.hiddenNorm(0) < 1e-6 * influence.hiddenNorm(59), "h_59[" + i + "]: "
                    + influence.hiddenNorm(0));
            double rate = influence.ratePerStep(0, 59);
            assertTrue(rate > 0 && rate < 0.5, "fades by at least ρ = 0.5 a step: " + rate);
        }
    }

    @Test
    void aLargeRecurrentScaleSaturatesThePlainRnnWithoutANaN() {
        double small = 0;
        double large = 0;
        for (int seed = 1; seed <= 10; seed++) {
            small += saturated(Network.random("rnn", seed, 16, 0.5));
            Network network = Network.random("rnn", seed, 16, 1.5);
            large += saturated(network);
            Trajectory trajectory = run(network, first(60));
            Influence influence = new Influence(network);
            influence.ofState(trajectory, 59, 0);
            assertAllFinite(influence, 60);
            influence.ofLoss(trajectory);
            assertAllFinite(influence, 60);
        }
        // the inputs alone drive some states near ±1; ρ = 1.5 about doubles their share
        assertTrue(large > 1.5 * small, "states near ±1: " + large / 10 + " at ρ = 1.5, " + small / 10 + " at 0.5");
    }

    /** The share of h_30 .. h_59 within 0.1 of ±1. */
    private static double saturated(Network network) {
        Trajectory trajectory = run(network, first(60));
        int near = 0;
        for (int t = 30; t < 60; t++) {
            for (int i = 0; i < 16; i++) {
                float h = trajectory.h(t, i);
                assertTrue(Float.isFinite(h));
                if (Math.abs(h) > 0.9) {
                    near++;
                }
            }
        }
        return near / (30.0 * 16);
    }

    @Test
    void everyCellStaysFiniteAtHiddenSize64AndRecurrentScale2() {
        int[] symbols = first(64);
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 4, 64, 2);
            Trajectory trajectory = run(network, symbols);
            for (int t = 0; t < 64; t++) {
                for (int k = 0; k < trajectory.stateSize(); k++) {
                    assertTrue(Float.isFinite(trajectory.state(t, k)), key);
                }
            }
            Influence influence = new Influence(network);
            for (int k : new int[] {0, 63, trajectory.stateSize() - 1}) {
                influence.ofState(trajectory, 63, k);
                assertAllFinite(influence, 64);
                double rate = influence.ratePerStep(0, 63);
                assertTrue(Double.isFinite(rate) && rate >= 0, key + ": " + rate);
            }
            influence.ofLoss(trajectory);
            assertAllFinite(influence, 64);
        }
    }

    private static void assertAllFinite(Influence influence, int steps) {
        assertEquals(steps, influence.steps());
        for (int j = 0; j < steps; j++) {
            assertTrue(Double.isFinite(influence.hiddenNorm(j)) && Double.isFinite(influence.stateNorm(j))
                    && Double.isFinite(influence.inputNorm(j)), "step " + j);
        }
    }

    @Test
    void thePlainRnnsOneStepJacobianIsTheInfluenceOfTheStepBefore() {
        Network network = Network.random("rnn", 8, 6, 0.9);
        VanillaCell cell = (VanillaCell) network.cell;
        Trajectory trajectory = run(network, first(8));
        Influence influence = new Influence(network);
        influence.ofState(trajectory, 7, 2);
        for (int j = 0; j < 6; j++) {
            assertEquals(Math.abs(cell.jacobian(2, j, trajectory.states(), trajectory.offset(7))),
                    influence.dimension(6, j), 1e-15);
        }
    }
}
