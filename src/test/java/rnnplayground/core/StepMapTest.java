package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepMapTest {
    private static final double STEP = 1e-6;

    private static float[] stateAfter(Network network, String sequence) {
        Trajectory trajectory = Trajectory.of(network.cell, sequence);
        float[] state = new float[network.cell.stateSize()];
        System.arraycopy(trajectory.states(), trajectory.offset(trajectory.steps() - 1), state, 0, state.length);
        return state;
    }

    @Test
    void theMapIsTheCellsStepAndItsResidualTheStepsMove() {
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 4, 6, 1.1);
            Trajectory trajectory = Trajectory.of(network.cell, "abracadabra");
            StepMap map = new StepMap(network.cell);
            int n = map.size();
            double[] residual = new double[n];
            for (int t = 1; t < trajectory.steps(); t++) {
                map.apply(trajectory.symbol(t), trajectory.states(), trajectory.offset(t - 1));
                double q = 0;
                for (int k = 0; k < n; k++) {
                    assertEquals(trajectory.state(t, k), map.image(k), key);
                    assertEquals(trajectory.state(t - 1, k), map.point(k), key);
                    double r = (double) trajectory.state(t, k) - trajectory.state(t - 1, k);
                    q += r * r / 2;
                }
                assertEquals(q, map.residual(residual), 1e-15);
                assertEquals((double) trajectory.state(t, 0) - trajectory.state(t - 1, 0), residual[0], 0.0);
            }
        }
    }

    @Test
    void thePlainRnnsJacobianIsItsOwnOneStepChainRule() {
        Network network = Network.random("rnn", 8, 12, 1.2);
        VanillaCell cell = (VanillaCell) network.cell;
        float[] point = stateAfter(network, "abcd");
        StepMap map = new StepMap(cell);
        map.apply(2, point, 0);
        double[] jacobian = new double[12 * 12];
        map.jacobian(jacobian);
        float[] image = new float[12];
        for (int k = 0; k < 12; k++) {
            image[k] = map.image(k);
        }
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                assertEquals(cell.jacobian(i, j, image, 0), jacobian[i * 12 + j], 0.0);
            }
        }
    }

    /** ∂F_s(s)_k/∂s_m by central differences of the cell's double-precision reference step. */
    @Test
    void everyCellsJacobianMatchesFiniteDifferencesOfItsReference() {
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 3, 5, 1.1);
            Reference reference = new Reference(network);
            CellReference cell = CellReference.of(key);
            float[] point = stateAfter(network, "bad cab");
            int n = point.length;
            double[] x = Reference.inputs(new int[] {3})[0];
            StepMap map = new StepMap(network.cell);
            map.apply(3, point, 0);
            double[] jacobian = new double[n * n];
            map.jacobian(jacobian);
            for (int m = 0; m < n; m++) {
                double[] up = new double[n];
                double[] down = new double[n];
                for (int k = 0; k < n; k++) {
                    up[k] = point[k];
                    down[k] = point[k];
                }
                up[m] += STEP;
                down[m] -= STEP;
                double[] above = cell.step(reference, x, up);
                double[] below = cell.step(reference, x, down);
                for (int k = 0; k < n; k++) {
                    assertEquals((above[k] - below[k]) / (2 * STEP), jacobian[k * n + m], 1e-5,
                            key + ": ∂F(s)_" + k + "/∂s_" + m);
                }
            }
        }
    }
}
