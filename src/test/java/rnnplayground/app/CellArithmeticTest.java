package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Trajectory;
import rnnplayground.core.VanillaCell;
import rnnplayground.core.WeightInit;

class CellArithmeticTest {
    @Test
    void termsAddUpToTheStoredValue() {
        VanillaCell cell = new VanillaCell(WeightInit.random(9, 16));
        Trajectory trajectory = Trajectory.of(cell, "abracadabra");
        for (int t = 0; t < trajectory.steps(); t++) {
            for (int i = 0; i < 16; i++) {
                CellArithmetic a = new CellArithmetic(cell, trajectory, i, t);
                assertEquals(a.preActivation, a.inputTerm + a.recurrentTerm + a.biasTerm);
                assertEquals((float) a.tanhOfSum(), (float) a.value);
                assertEquals(trajectory.h(t, i), (float) a.value);
                assertEquals(cell.weights.wxh[i * 6 + a.column], (float) a.inputTerm);
            }
        }
        CellArithmetic first = new CellArithmetic(cell, trajectory, 2, 0);
        assertEquals(0.0, first.recurrentTerm, "h before the first step is zero");
        assertEquals('a', first.symbol);
        assertEquals("space", new CellArithmetic(cell, Trajectory.of(cell, " "), 0, 0).symbolName());
    }
}
