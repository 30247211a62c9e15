package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Trajectory;
import rnnplayground.core.VanillaCell;
import rnnplayground.core.WeightInit;
import rnnplayground.core.Weights;

class ExportTextTest {
    @Test
    void csvHasOneRowPerStepWithTheExactStates() {
        Trajectory trajectory = Trajectory.of(new VanillaCell(WeightInit.random(3, 5)), "ab d");
        String[] lines = ExportText.statesCsv(trajectory).split("\n");
        assertEquals("step,character,h0,h1,h2,h3,h4", lines[0]);
        assertEquals(5, lines.length);
        String[] characters = {"a", "b", "\" \"", "d"};
        for (int t = 0; t < 4; t++) {
            String[] cells = lines[t + 1].split(",");
            assertEquals(7, cells.length);
            assertEquals(String.valueOf(t), cells[0]);
            assertEquals(characters[t], cells[1]);
            for (int i = 0; i < 5; i++) {
                assertEquals(trajectory.h(t, i), Float.parseFloat(cells[2 + i]));
            }
        }
    }

    @Test
    void csvOfAnEmptySequenceIsTheHeaderAlone() {
        Trajectory trajectory = Trajectory.of(new VanillaCell(WeightInit.random(3, 4)), "");
        assertEquals("step,character,h0,h1,h2,h3\n", ExportText.statesCsv(trajectory));
    }

    @Test
    void jsonHoldsTheSeedAndEveryWeight() {
        Weights weights = WeightInit.random(-2, 4);
        String json = ExportText.weightsJson(-2, weights);
        assertTrue(json.contains("\"seed\": 4294967294,"), json);
        assertTrue(json.contains("\"hiddenSize\": 4,"), json);
        assertTrue(json.contains("\"alphabet\": [\"a\", \"b\", \"r\", \"c\", \"d\", \" \"],"), json);
        String expectedB = "\"b\": [" + NumberText.exact(weights.b[0]) + ", " + NumberText.exact(weights.b[1]) + ", "
                + NumberText.exact(weights.b[2]) + ", " + NumberText.exact(weights.b[3]) + "]";
        assertTrue(json.contains(expectedB), json);
        assertTrue(json.contains("\"W_hh\": [\n    [" + NumberText.exact(weights.whh[0]) + ", "), json);
    }

    @Test
    void fileNamesSayWhatTheyHold() {
        PageState state = new PageState("abra cad", -1, 8);
        assertEquals("rnn-states-abra_cad-seed4294967295-h8.csv", ExportText.fileName("states", state, "csv"));
        assertEquals("rnn-heatmap-empty-seed1-h16.png",
                ExportText.fileName("heatmap", PageState.DEFAULT.withSequence(""), "png"));
        assertEquals("rnn-x-" + "a".repeat(24) + "-seed1-h16.txt",
                ExportText.fileName("x", PageState.DEFAULT.withSequence("a".repeat(64)), "txt"));
    }
}
