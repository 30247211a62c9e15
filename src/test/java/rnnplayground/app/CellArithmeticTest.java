package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Influence;
import rnnplayground.core.Network;
import rnnplayground.core.Term;
import rnnplayground.core.Trajectory;

class CellArithmeticTest {
    private static Influence influence(Network network, Trajectory trajectory, int i, int t) {
        Influence influence = new Influence(network);
        influence.ofState(trajectory, t, i);
        return influence;
    }

    @Test
    void namesTheCellAndEndsWithTheStoredValue() {
        Network network = Network.random("rnn", 9, 16, 0.9);
        Trajectory trajectory = Trajectory.of(network.cell, "abracadab a");
        for (int t = 0; t < trajectory.steps(); t++) {
            for (int i = 0; i < 16; i++) {
                CellArithmetic a = new CellArithmetic(trajectory, i, t, influence(network, trajectory, i, t));
                List<Term> terms = a.terms;
                int last = terms.size() - (t > 0 ? 2 : 1); // then, after the first step, the chain rule's link
                assertEquals(trajectory.h(t, i), (float) terms.get(last).value);
                assertTrue(a.title.startsWith("h[" + i + ", " + t + "]: dimension " + i), a.title);
            }
        }
        assertTrue(new CellArithmetic(trajectory, 2, 0, influence(network, trajectory, 2, 0)).title.endsWith("after reading “a” at step 0"));
        assertTrue(new CellArithmetic(trajectory, 2, 9, influence(network, trajectory, 2, 9)).title.endsWith("after reading space at step 9"));
        assertTrue(new CellArithmetic(trajectory, 2, 0, influence(network, trajectory, 2, 0)).note.contains("all zeros"));
        assertTrue(new CellArithmetic(trajectory, 2, 4, influence(network, trajectory, 2, 4)).note.contains("step 3"));
    }
}
