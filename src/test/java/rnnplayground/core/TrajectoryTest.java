package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {
    /**
     * A cell with a state of two rows (h, then a running count c) and one gate: h_t = x_t / 10 + c_{t-1},
     * c_t = c_{t-1} + 1, gate = the symbol read.
     */
    private static final class CountingCell implements RecurrentCell {
        private final int hidden;

        CountingCell(int hidden) {
            this.hidden = hidden;
        }

        private static final CellKind KIND = new CellKind("count", "Counting", "h_t = h_(t-1) + 1", "", "",
                false, new Gate[] {new Gate("symbol", "x", "the symbol read", Gate.Activation.LINEAR, false, 0)},
                new StatePart[] {new StatePart("count", "c", "the steps read")}, 1);

        @Override
        public CellKind kind() {
            return KIND;
        }

        public int hiddenSize() {
            return hidden;
        }

        public int stateSize() {
            return 2 * hidden;
        }

        public int gateSize() {
            return hidden;
        }

        public Param[] params() {
            return new Param[0];
        }

        public void step(StepBuffers s) {
            float[] states = s.states;
            int prevOffset = s.prevOffset;
            int offset = s.offset;
            for (int i = 0; i < hidden; i++) {
                float c = states[prevOffset + hidden + i];
                states[offset + i] = s.symbol / 10f + c;
                states[offset + hidden + i] = c + 1;
                s.gates[s.gateOffset + i] = s.symbol;
            }
        }

        public void backward(StepBuffers s, double[] dState, double[] dx, boolean accumulate) {
        }

        public List<Term> terms(StepBuffers s, int i) {
            return List.of(new Term("h", "h", "", s.states[s.offset + i], Term.Kind.STATE));
        }
    }

    @Test
    void statesUseTheCellsStrideAndGatesTheirOwnBuffer() {
        Trajectory trajectory = Trajectory.of(new CountingCell(3), "abr");
        assertEquals(6, trajectory.stateSize());
        assertEquals(3, trajectory.gateSize());
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(t / 10f + t, trajectory.h(t, i), 1e-6);
                assertEquals(t + 1, trajectory.state(t, 3 + i));
                assertEquals(t, trajectory.gate(t, 0, i));
                assertEquals(trajectory.h(t, i), (float) trajectory.terms(t, i).get(0).value);
            }
        }
        assertEquals(0f, trajectory.state(-1, 4));
    }

    @Test
    void restartSetsTheInitialStateAndRecomputesEveryStep() {
        Trajectory trajectory = Trajectory.of(new CountingCell(2), "ab");
        float[] initial = {9, 9, 0, 0, 5, 5};
        trajectory.restart(initial, 2);
        assertEquals(0, trajectory.update(Alphabet.encode("ab")));
        assertEquals(5f, trajectory.h(0, 1));
        assertEquals(6f, trajectory.state(0, 2));
        assertEquals(6.1f, trajectory.h(1, 0));
        assertEquals(2, trajectory.update(Alphabet.encode("abc")), "the restart holds for the next update");
        assertEquals(7f + 0.3f, trajectory.h(2, 0), 1e-6);
    }

    @Test
    void aCopyHasTheSameValuesAndGoesOnFromThem() {
        CountingCell cell = new CountingCell(2);
        Trajectory original = Trajectory.of(cell, "abrac");
        Trajectory copy = Trajectory.of(cell, "d");
        copy.copy(original);
        assertEquals(5, copy.steps());
        for (int t = -1; t < 5; t++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(original.state(t, k), copy.state(t, k));
            }
        }
        assertEquals(original.gate(4, 0, 1), copy.gate(4, 0, 1));
        assertEquals(5, copy.update(Alphabet.encode("abracd")), "valid as far as the original was");
        assertEquals(5.4f, copy.h(5, 0), 1e-6);
    }
}
