package rnnplayground.app.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.core.Cells;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Trajectory;
import rnnplayground.app.figures.Figure;

class FixedPointTextTest {
    /** h ← tanh(W h) with W = 1.5 R(0.6) and no input: an unstable spiral at 0, λ = 1.5 e^{±0.6i}. */
    @Test
    void anUnstableSpiralIsSaidWithItsComplexPair() {
        Network network = Network.random("rnn", 2, 2, Cells.DEFAULT_RECURRENT_SCALE);
        Param[] params = network.params();
        java.util.Arrays.fill(params[0].w, 0);
        java.util.Arrays.fill(params[2].w, 0);
        float[] w = params[1].w;
        w[0] = (float) (1.5 * Math.cos(0.6));
        w[1] = (float) (-1.5 * Math.sin(0.6));
        w[2] = (float) (1.5 * Math.sin(0.6));
        w[3] = (float) (1.5 * Math.cos(0.6));
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.restart(new float[] {0.1f, 0}, 0);
        trajectory.update(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0});
        StateSpace space = StateSpaceTest.searched(trajectory);
        FixedPoint p = space.fixedPoints(0).get(0);
        assertFalse(p.stable());
        assertEquals("Fixed point of “a”, unstable: largest |λ| 1.50", FixedPointText.tooltip(p));
        assertEquals("1.24 ± 0.85i", FixedPointText.eigenvalues(p));
        List<String[]> rows = FixedPointText.rows(p, space, network.cell.kind());
        assertEquals("h, 2 numbers", rows.get(0)[1]);
        assertEquals("1.50 ≥ 1", rows.get(rows.size() - 1)[1]);
        assertTrue(FixedPointText.meaning(p).startsWith("Some |λ| is above 1"));
        assertTrue(FixedPointText.summary(space).startsWith("Fixed points: “a” unstable, |\u2060λ| 1.50; “b” unstable"),
                FixedPointText.summary(space));
    }

    @Test
    void aStablePointsDetailsNameTheWholeStateAndListTheLargestEigenvaluesFirst() {
        Model model = new Model(new PageState("abracadabra", 1, 16).with(b -> b.cell("lstm")));
        StateSpace space = StateSpaceTest.searched(model.trajectory());
        FixedPoint p = space.fixedPoints(0).get(0);
        assertTrue(p.stable());
        assertEquals("Fixed point of “a”", FixedPointText.title(p));
        List<String[]> rows = FixedPointText.rows(p, space, model.network().cell.kind());
        assertEquals("h and c, 32 numbers", rows.get(0)[1]);
        assertTrue(rows.get(3)[1].endsWith(": converged (at most 1.0 × 10⁻⁵)"), rows.get(3)[1]);
        String eigenvalues = FixedPointText.eigenvalues(p);
        assertTrue(eigenvalues.endsWith(", … (32 in all)"), eigenvalues);
        assertTrue(eigenvalues.startsWith(FixedPointText.modulus(p.eigenvalueRe(0))) || p.eigenvalueIm(0) != 0, eigenvalues);
        assertTrue(FixedPointText.meaning(p).contains("by a factor of about " + FixedPointText.modulus(p.spectralRadius)));
    }

    /**
     * h ← tanh(2h − 0.535), just past a saddle-node: near 0.708 no fixed point is left, only a slow
     * passage, where the search does not converge; below it, a stable point remains.
     */
    @Test
    void aSearchThatDoesNotConvergeSaysSo() {
        Network network = Network.random("rnn", 1, 1, Cells.DEFAULT_RECURRENT_SCALE);
        Param[] params = network.params();
        java.util.Arrays.fill(params[0].w, 0);
        params[1].w[0] = 2;
        params[2].w[0] = -0.535f;
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.restart(new float[] {0.76f}, 0);
        trajectory.update(new int[] {1, 1, 1});
        StateSpace space = StateSpaceTest.searched(trajectory);
        FixedPoint slow = null;
        for (FixedPoint p : space.fixedPoints(1)) {
            if (!p.converged) {
                slow = p;
            }
        }
        assertTrue(slow != null, "a slow point for “b”");
        assertTrue(FixedPointText.tooltip(slow).startsWith("A slow point of “b”, not a fixed point: the search did not converge"));
        assertEquals("Slow point of “b”", FixedPointText.title(slow));
        assertTrue(FixedPointText.ofSymbol(space, 1).contains("a slow point (the search did not converge)"),
                FixedPointText.ofSymbol(space, 1));
        Figure withSlow = StatePlot.of("Plain RNN", trajectory, space, -1);
        assertTrue(withSlow.labels.stream().anyMatch(l -> l.text.startsWith("slow point")), "the legend says what a dashed mark is");
    }
}
