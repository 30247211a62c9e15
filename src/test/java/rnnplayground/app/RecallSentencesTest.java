package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;

/** The sentences come from the numbers: made-up results here, the experiment's own in RecallExperimentTest. */
class RecallSentencesTest {
    private static final ExperimentSettings SETTINGS = ExperimentSettings.parse("1,2,4,8,16,32,61:10:16:1:2");

    @Test
    void aCellThatRecallsEveryGap() {
        assertEquals("The GRU recalls the first symbol after every gap tried, up to 61.",
                sentence("gru", 100, 100, 100, 100, 100, 100, 100));
    }

    @Test
    void aCellThatFadesAndThenIsAtChance() {
        assertEquals("The plain RNN recalls the first symbol after every gap up to 8, is right 61% of the time "
                + "after a gap of 16 and is at chance after every gap from 32 on.",
                sentence("rnn", 100, 100, 95, 90, 61, 30, 25));
        assertEquals("The LSTM recalls the first symbol after every gap up to 4, is right 50% to 75% of the time "
                + "after gaps from 8 to 32 and is at chance after a gap of 61.",
                sentence("lstm", 100, 100, 100, 75, 50, 60, 25));
    }

    @Test
    void aCellAtChanceFromTheStartOrThatRecallsAgain() {
        assertEquals("The selective linear cell is at chance after every gap tried, up to 61.",
                sentence("linear", 25, 30, 25, 25, 20, 25, 25));
        assertEquals("The plain RNN recalls the first symbol 80% of the time after a gap of 1, recalls it again "
                + "after gaps from 2 to 16, is at chance after a gap of 32 and recalls it again after a gap of 61.",
                sentence("rnn", 80, 100, 100, 100, 100, 25, 100));
    }

    @Test
    void whileRunningOnlyTheGapsMeasuredSoFarAreTold() {
        ExperimentResult result = new ExperimentResult(SETTINGS, new String[] {"rnn", "gru"}, 0.25);
        assertEquals("", RecallSentences.of(result, 0));
        assertEquals(List.of(), RecallSentences.all(result));
        record(result, 0, 0, 100);
        record(result, 0, 1, 100);
        record(result, 0, 2, 50);
        record(result, 1, 0, 100);
        result.record(1, 1, 0, 4, 4, 0, 0, false); // one network of two: not measured yet
        assertEquals("The plain RNN recalls the first symbol after every gap up to 2 and is right 50% of the time "
                + "after a gap of 4.", RecallSentences.of(result, 0));
        assertEquals("The GRU recalls the first symbol after a gap of 1.", RecallSentences.of(result, 1));
        assertEquals(2, RecallSentences.all(result).size());
    }

    @Test
    void aCellIsTheSubjectOfASentenceByItsName() {
        assertEquals("the plain RNN", RecallSentences.subject("Plain RNN"));
        assertEquals("the GRU", RecallSentences.subject("GRU"));
        assertEquals("the selective linear cell", RecallSentences.subject("Selective linear"));
        assertEquals("the minGRU", RecallSentences.subject("minGRU"));
        for (String key : Cells.keys()) {
            String name = Cells.displayName(key);
            assertTrue(sentence(key, 100, 100, 100, 100, 100, 100, 100)
                    .toLowerCase().startsWith("the " + name.toLowerCase() + " "), name);
        }
    }

    /** The sentence of cell {@code key} whose networks recall the given percent at each gap. */
    private static String sentence(String key, int... percents) {
        ExperimentResult result = new ExperimentResult(SETTINGS, new String[] {key}, 0.25);
        for (int g = 0; g < percents.length; g++) {
            record(result, 0, g, percents[g]);
        }
        return RecallSentences.of(result, 0);
    }

    private static void record(ExperimentResult result, int c, int g, int percent) {
        for (int n = 0; n < SETTINGS.networks; n++) {
            result.record(c, g, n, percent, 100, 0, 0, false);
        }
    }
}
