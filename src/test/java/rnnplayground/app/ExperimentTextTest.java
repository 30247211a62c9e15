package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;
import rnnplayground.core.Network;

/** What the page says about the recall experiment, and its CSV. */
class ExperimentTextTest {
    private static final ExperimentSettings SMALL = ExperimentSettings.parse("1,4:20:8:3:2");

    @Test
    void theStatusSaysWhereItIsAndHowLongIsLeft() {
        RecallExperiment experiment = new RecallExperiment(SMALL);
        assertEquals("Training the Plain RNN at gap 1, network 1 of 2 · 0% · estimating the time left",
                ExperimentText.status(experiment, 0).replace(Cells.displayName(Cells.first()), "Plain RNN"));
        experiment.run(100);
        String status = ExperimentText.status(experiment, 1000);
        assertTrue(status.matches("Training the .* at gap 1, network 2 of 2 · \\d+% · about .* left"), status);
        experiment.cancel();
        assertTrue(ExperimentText.status(experiment, 65000).startsWith("Cancelled after 1 min 5 s, at "));
        RecallExperiment whole = new RecallExperiment(SMALL);
        whole.run(Integer.MAX_VALUE);
        assertEquals("Done in 2 s: " + Cells.keys().length + " cells × 2 gaps × 2 networks of 20 steps each.",
                ExperimentText.status(whole, 1500));
    }

    @Test
    void theCsvHasARowPerNetworkMeasuredWithItsCountsLossAndWeights() {
        RecallExperiment experiment = new RecallExperiment(SMALL);
        experiment.run(Integer.MAX_VALUE);
        ExperimentResult result = experiment.result();
        String[] rows = ExperimentText.csv(result).split("\n");
        assertEquals("cell,gap,network,recalled,held_out,point_accuracy,loss,weights_checksum", rows[0]);
        assertEquals(1 + Cells.keys().length * 2 * 2, rows.length);
        String[] first = rows[1].split(",");
        assertEquals(Cells.first(), first[0]);
        assertEquals("1", first[1]);
        assertEquals("0", first[2]);
        assertEquals(String.valueOf(result.recalled(0, 0, 0)), first[3]);
        assertEquals("256", first[4]);
        assertEquals(result.accuracy(0, 0), Double.parseDouble(first[5]), 1e-6);
        assertEquals((float) result.loss(0, 0, 0), Float.parseFloat(first[6]));
        assertEquals(result.networkChecksum(0, 0, 0), Integer.parseUnsignedInt(first[7], 16));
        assertEquals("rnn-recall-1-4_20_8_3_2.csv", ExperimentText.fileName(SMALL, "csv"));
    }

    @Test
    void aLongerRunIsOfferedWithHowMuchLongerItTakes() {
        assertEquals("For a longer run, give each network more steps or each point more networks, e.g. "
                + "1,2,4,8,16,32,61:9000:16:7:8 (about 6 times as long), and press the button again; the link keeps "
                + "the settings.", ExperimentText.longer(ExperimentSettings.DEFAULT));
    }

    @Test
    void theInfluenceOfTheRecallFadesAcrossTheGapInAnUntrainedPlainRnn() {
        RecallInfluence influence = RecallInfluence.of(Network.random("rnn", 3, 16, 0.9), 16);
        assertEquals(18, influence.steps(), "the symbol, 16 spaces and the cue");
        assertEquals(1.0, influence.magnitude(17), 1e-12, "the cue's is the largest");
        assertTrue(influence.value(0) < 1e-3 * influence.value(17), "faded by the first symbol");
        String sentence = influence.sentence();
        assertTrue(sentence.startsWith("From the cue back to the symbol to recall, ‖∂y/∂s‖ falls from "), sentence);
        assertTrue(sentence.endsWith(" a step on average."), sentence);
    }
}
