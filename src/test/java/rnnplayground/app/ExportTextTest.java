package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trajectory;

class ExportTextTest {
    private static Model model(String sequence, int seed, int hiddenSize) {
        return new Model(new PageState(sequence, seed, hiddenSize));
    }

    @Test
    void csvHasOneRowPerStepWithTheExactStatesAndPredictions() {
        Model model = model("ab d", 3, 5);
        Trajectory trajectory = model.trajectory();
        Predictions predictions = model.predictions();
        String[] lines = ExportText.statesCsv(trajectory, predictions, false).split("\n");
        assertEquals("step,character,h0,h1,h2,h3,h4,p_a,p_b,p_r,p_c,p_d,p_space", lines[0]);
        assertEquals(5, lines.length);
        String[] characters = {"a", "b", "\" \"", "d"};
        for (int t = 0; t < 4; t++) {
            String[] cells = lines[t + 1].split(",");
            assertEquals(13, cells.length);
            assertEquals(String.valueOf(t), cells[0]);
            assertEquals(characters[t], cells[1]);
            for (int i = 0; i < 5; i++) {
                assertEquals(trajectory.h(t, i), Float.parseFloat(cells[2 + i]));
            }
            double total = 0;
            for (int k = 0; k < 6; k++) {
                assertEquals((float) predictions.probability(t, k), Float.parseFloat(cells[7 + k]));
                total += Float.parseFloat(cells[7 + k]);
            }
            assertEquals(1, total, 1e-6);
        }
    }

    @Test
    void csvOfAnEmptySequenceIsTheHeaderAlone() {
        Model model = model("", 3, 4);
        assertEquals("step,character,h0,h1,h2,h3,p_a,p_b,p_r,p_c,p_d,p_space\n",
                ExportText.statesCsv(model.trajectory(), model.predictions(), false));
    }

    @Test
    void jsonHoldsTheSeedTheTrainingAndEveryParameter() {
        PageState state = new PageState("abra", -2, 4).with(b -> b.training(TrainingPlan.parse("cab:3:0.01:5,7")));
        Network network = Network.random("rnn", -2, 4, 0.9);
        String json = ExportText.weightsJson(state, network, 0.125);
        assertTrue(json.contains("\"cell\": \"rnn\","), json);
        assertTrue(json.contains("\"seed\": 4294967294,"), json);
        assertTrue(json.contains("\"hiddenSize\": 4,"), json);
        assertTrue(json.contains("\"alphabet\": [\"a\", \"b\", \"r\", \"c\", \"d\", \" \"],"), json);
        assertTrue(json.contains("\"trainingSteps\": 10,"), json);
        assertTrue(json.contains("\"training\": \"cab:3:0.01:5,7\","), json);
        assertTrue(json.contains("\"learningRate\": 0.01,"), json);
        assertTrue(json.contains("\"loss\": 0.125"), json);
        for (Param param : network.params()) {
            assertTrue(json.contains("\"" + param.name + "\": [" + (param.cols == 1 ? "" : "\n    [")
                    + NumberText.exact(param.w[0]) + ", "), param.name + " in " + json);
        }
        assertTrue(json.indexOf("\"W_hh\"") < json.indexOf("\"W_hy\"") && json.indexOf("\"W_hy\"") < json.indexOf("\"b_y\""));
    }

    @Test
    void fileNamesSayWhatTheyHold() {
        PageState state = new PageState("abra cad", -1, 8);
        assertEquals("rnn-states-abra_cad-seed4294967295-h8.csv", ExportText.fileName("states", state, "csv"));
        assertEquals("rnn-heatmap-empty-seed1-h16.png",
                ExportText.fileName("heatmap", PageState.DEFAULT.withSequence(""), "png"));
        assertEquals("rnn-x-" + "a".repeat(24) + "-seed1-h16.txt",
                ExportText.fileName("x", PageState.DEFAULT.withSequence("a".repeat(64)), "txt"));
        assertEquals("rnn-weights-abracadabra-seed1-h16-lstm-step300.json", ExportText.fileName("weights",
                HashCodec.decode("#seq=abracadabra&seed=1&h=16&cell=lstm&train=300").state, "json"),
                "the cell and the training, which make it another network");
    }

    @Test
    void csvOfAnLstmHoldsItsCellStateAndItsGatesWhenShown() {
        Model model = new Model(new PageState("abc", 3, 2).with(b -> b.cell("lstm")));
        String[] lines = ExportText.statesCsv(model.trajectory(), model.predictions(), true).split("\n");
        assertEquals("step,character,h0,h1,c0,c1,i0,i1,f0,f1,o0,o1,g0,g1,p_a,p_b,p_r,p_c,p_d,p_space", lines[0]);
        String[] row = lines[2].split(",");
        assertEquals(model.trajectory().state(1, 3), Float.parseFloat(row[5]), "c1 after step 1");
        assertEquals(model.trajectory().gate(1, 1, 0), Float.parseFloat(row[8]), "f0 after step 1");
        assertEquals(3 + 1, ExportText.statesCsv(model.trajectory(), model.predictions(), false).split("\n").length);
    }
}
