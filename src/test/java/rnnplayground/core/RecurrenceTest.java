package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    /** A 2-dimensional cell whose states are worked out by hand below. */
    private static RecurrentCell twoDimensional() {
        float[] wxh = new float[2 * Alphabet.SIZE];
        // column a (index 0) and column b (index 1)
        wxh[0] = 0.5f;
        wxh[Alphabet.SIZE] = -1.0f;
        wxh[1] = 1.0f;
        wxh[Alphabet.SIZE + 1] = 0.25f;
        float[] whh = {0.5f, -0.25f, 0.75f, 0.5f};
        float[] b = {0.1f, -0.2f};
        RecurrentCell cell = plainRnn(1, 2);
        float[][] values = {wxh, whh, b};
        for (int p = 0; p < 3; p++) {
            System.arraycopy(values[p], 0, cell.params()[p].w, 0, values[p].length);
        }
        return cell;
    }

    private static RecurrentCell plainRnn(int seed, int hidden) {
        return Network.random("rnn", seed, hidden, Cells.DEFAULT_RECURRENT_SCALE).cell;
    }

    @Test
    void recurrenceMatchesHandComputedValues() {
        Trajectory trajectory = Trajectory.of(twoDimensional(), "ab");
        // t=0, reads a: pre = (0.5 + 0.1, -1.0 - 0.2) = (0.6, -1.2)
        double h00 = Math.tanh(0.6);
        double h01 = Math.tanh(-1.2);
        assertEquals(0.5370495669980353, h00, 1e-15);
        assertEquals(-0.8336546070121552, h01, 1e-15);
        assertEquals(h00, trajectory.h(0, 0), 1e-7);
        assertEquals(h01, trajectory.h(0, 1), 1e-7);
        // t=1, reads b: pre_0 = 1.0 + 0.5*h00 - 0.25*h01 + 0.1, pre_1 = 0.25 + 0.75*h00 + 0.5*h01 - 0.2
        double pre0 = 1.0 + 0.5 * h00 - 0.25 * h01 + 0.1;
        double pre1 = 0.25 + 0.75 * h00 + 0.5 * h01 - 0.2;
        assertEquals(1.5769384352520565, pre0, 1e-15);
        assertEquals(0.03595987174244888, pre1, 1e-15);
        assertEquals(Math.tanh(pre0), trajectory.h(1, 0), 1e-7);
        assertEquals(Math.tanh(pre1), trajectory.h(1, 1), 1e-7);
    }

    @Test
    void initialStateIsZero() {
        Trajectory trajectory = Trajectory.of(twoDimensional(), "a");
        assertEquals(0f, trajectory.h(-1, 0));
        assertEquals(0f, trajectory.h(-1, 1));
    }

    @Test
    void termsAddUpToTheStoredState() {
        Trajectory trajectory = Trajectory.of(plainRnn(11, 16), "abracadabra");
        for (int t = 0; t < trajectory.steps(); t++) {
            for (int i = 0; i < 16; i++) {
                List<Term> terms = trajectory.terms(t, i);
                double pre = terms.get(0).value + terms.get(1).value + terms.get(2).value;
                assertEquals(Term.Kind.INPUT, terms.get(0).kind);
                assertEquals(Term.Kind.RECURRENT, terms.get(1).kind);
                assertEquals(Term.Kind.BIAS, terms.get(2).kind);
                assertEquals((float) Kernels.tanh(pre), trajectory.h(t, i));
            }
        }
    }

    @Test
    void updateRecomputesOnlyFromTheFirstChangedStep() {
        RecurrentCell cell = plainRnn(5, 8);
        Trajectory trajectory = Trajectory.of(cell, "abracadabra");
        float[] earlier = new float[3 * 8];
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < 8; i++) {
                earlier[t * 8 + i] = trajectory.h(t, i);
            }
        }
        assertEquals(3, trajectory.update(Alphabet.encode("abrdcadabra")));
        Trajectory fresh = Trajectory.of(cell, "abrdcadabra");
        for (int t = 0; t < fresh.steps(); t++) {
            for (int i = 0; i < 8; i++) {
                assertEquals(fresh.h(t, i), trajectory.h(t, i));
                if (t < 3) {
                    assertEquals(earlier[t * 8 + i], trajectory.h(t, i));
                }
            }
        }
        assertEquals(0, trajectory.update(Alphabet.encode("")));
        assertEquals(0, trajectory.steps());
    }

    @Test
    void hiddenSizeIsAParameter() {
        for (int h : new int[] {1, 4, 16, 64, 256}) {
            Trajectory trajectory = Trajectory.of(plainRnn(1, h), "abra cad");
            assertEquals(h, trajectory.hiddenSize());
            assertEquals(8, trajectory.steps());
            for (int t = 0; t < 8; t++) {
                for (int i = 0; i < h; i++) {
                    float v = trajectory.h(t, i);
                    assertTrue(v >= -1 && v <= 1 && !Float.isNaN(v));
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> plainRnn(1, 0));
    }
}
