package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Term;
import rnnplayground.core.Trajectory;

class WeightsUseTest {
    /**
     * The input matrices are those whose column x_t gives the arithmetic's input terms, for every
     * cell, also at H = 6, where a recurrent matrix has as many columns as there are symbols.
     */
    @Test
    void theInputMatricesAreTheOnesTheInputTermsComeFrom() {
        for (String key : Cells.keys()) {
            for (int hidden : new int[] {6, 9}) {
                Network network = Network.random(key, 3, hidden, Cells.DEFAULT_RECURRENT_SCALE);
                Trajectory trajectory = new Trajectory(network.cell);
                trajectory.update(Alphabet.encode("abrcd "));
                for (int t = 0; t < trajectory.steps(); t++) {
                    int symbol = trajectory.symbol(t);
                    int i = (t * 5) % hidden;
                    List<Double> inputTerms = new ArrayList<>();
                    for (Term term : trajectory.terms(t, i)) {
                        if (term.kind == Term.Kind.INPUT) {
                            inputTerms.add(term.value);
                        }
                    }
                    List<Double> picked = new ArrayList<>();
                    for (Param param : network.cell.params()) {
                        if (WeightsUse.isInput(param)) {
                            picked.add((double) param.w[i * Alphabet.SIZE + symbol]);
                        }
                    }
                    assertEquals(inputTerms, picked, key + " at H = " + hidden + ", step " + t);
                }
            }
        }
    }

    @Test
    void aStateReadsItsRowOfEveryMatrixAndItsColumnOfTheInput() {
        Network network = Network.random("rnn", 1, 16, Cells.DEFAULT_RECURRENT_SCALE);
        WeightsUse use = WeightsUse.ofState(network, 3, 5, Alphabet.indexOf('c'));
        assertEquals("h[3, 5] read column 3 of W_xh (x_5 is “c”, index 3), its entry in row 3 ringed; row 3 of"
                + " W_hh, times h after step 4; and entry 3 of b.", use.sentence);
        assertEquals(4, use.marks.size());
        for (WeightsUse.Mark mark : use.marks) {
            assertTrue(mark.param < 3, "the readout is not used by a state");
        }
        WeightsUse prediction = WeightsUse.ofPrediction(network, 0, 5);
        assertEquals(List.of(3, 4), List.of(prediction.marks.get(0).param, prediction.marks.get(1).param));
        assertTrue(prediction.sentence.startsWith("p[a, 5]: row 0 of W_hy"), prediction.sentence);
    }
}
