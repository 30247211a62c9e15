package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;
import rnnplayground.core.Packed;

class RecallExperimentTest {
    private static final ExperimentSettings SMALL = ExperimentSettings.parse("1,4:40:8:3:2");
    /** The pieces of work of one network: its training steps, then its scoring. */
    private static final int PIECES = 40 + RecallExperiment.HELD_OUT / RecallExperiment.SCORED_AT_ONCE;

    /** A clock that moves on by one millisecond each time it is read. */
    private static final class Ticking {
        double now;

        double read() {
            return now++;
        }
    }

    @Test
    void theResultsAreTheSameBitsHoweverTheWorkIsSliced() {
        RecallExperiment whole = new RecallExperiment(SMALL);
        assertEquals(Cells.keys().length * 2 * 2 * PIECES, whole.run(Integer.MAX_VALUE));
        List<String> expected = numbers(whole.result());
        for (int slice : new int[] {1, 7, 39, 40, 41, PIECES, 1000}) {
            RecallExperiment sliced = new RecallExperiment(SMALL);
            while (!sliced.done()) {
                assertTrue(sliced.run(slice) <= slice);
            }
            assertEquals(expected, numbers(sliced.result()), "slices of " + slice);
            assertEquals(whole.result().checksum(), sliced.result().checksum());
        }
        RecallExperiment timed = new RecallExperiment(SMALL);
        Ticking clock = new Ticking();
        while (!timed.done()) {
            int taken = timed.run(clock::read, 5);
            assertTrue(taken >= 4 && taken <= 6, "steps in a 5 ms budget at 1 ms a read: " + taken);
        }
        assertEquals(expected, numbers(timed.result()), "slices of 5 ms");
    }

    /** A copy that reads in what the experiment measured elsewhere, in pieces, shows the same points and networks. */
    @Test
    void aCopyReadingInTheMeasuredPointsHasTheSameResultAndNetworks() {
        RecallExperiment elsewhere = new RecallExperiment(SMALL);
        RecallExperiment shown = new RecallExperiment(SMALL);
        int sent = 0;
        while (!elsewhere.done()) {
            elsewhere.run(PIECES / 2 + 3);
            Packed out = new Packed();
            elsewhere.save(out, sent);
            shown.load(Packed.of(out.numbers(), out.floatArrays(), out.doubleArrays(), out.texts()));
            sent = shown.pointsMeasured();
            assertEquals(elsewhere.progress(), shown.progress(), 0.0);
        }
        assertTrue(shown.done());
        assertEquals(numbers(elsewhere.result()), numbers(shown.result()));
        assertEquals(elsewhere.result().checksum(), shown.result().checksum());
        for (int c = 0; c < Cells.keys().length; c++) {
            for (int g = 0; g < 2; g++) {
                assertEquals(elsewhere.trained(c, g).checksum(), shown.trained(c, g).checksum());
            }
        }
        shown.restartPoint();
        assertEquals(1.0, shown.progress(), 0.0, "every point measured: all the work is done");
    }

    /** A point depends on its cell, gap and the settings, not on the other cells or gaps run with it. */
    @Test
    void aPointIsTheSameWhateverElseRuns() {
        RecallExperiment whole = new RecallExperiment(SMALL);
        whole.run(Integer.MAX_VALUE);
        String[] keys = Cells.keys();
        String last = keys[keys.length - 1];
        RecallExperiment alone = new RecallExperiment(ExperimentSettings.parse("4:40:8:3:2"), new String[] {last});
        alone.run(Integer.MAX_VALUE);
        for (int n = 0; n < 2; n++) {
            assertEquals(whole.result().networkChecksum(keys.length - 1, 1, n), alone.result().networkChecksum(0, 0, n));
            assertEquals(whole.result().loss(keys.length - 1, 1, n), alone.result().loss(0, 0, n), 0.0);
        }
    }

    @Test
    void progressRisesToOneAndTheWorkGoesGapAfterGap() {
        RecallExperiment experiment = new RecallExperiment(SMALL);
        assertEquals(0, experiment.progress(), 0.0);
        assertTrue(Double.isNaN(experiment.estimatedMsLeft(0)));
        int cells = Cells.keys().length;
        List<String> order = new ArrayList<>();
        double before = 0;
        while (!experiment.done()) {
            String at = experiment.currentGap() + " " + experiment.currentCell() + " " + experiment.currentNetwork();
            if (order.isEmpty() || !order.get(order.size() - 1).equals(at)) {
                order.add(at);
            }
            experiment.run(13);
            assertTrue(experiment.progress() > before);
            before = experiment.progress();
        }
        assertEquals(1, experiment.progress(), 0.0);
        assertEquals(experiment.workTotal(), experiment.workDone(), 0.0);
        assertEquals(cells * 2 * 2, order.size());
        assertEquals("0 0 0", order.get(0));
        assertEquals("0 0 1", order.get(1));
        assertEquals("0 1 0", order.get(2));
        assertEquals("1 0 0", order.get(cells * 2));
        assertEquals(-1, experiment.currentCell());
        assertEquals(0, experiment.run(10));
        assertTrue(experiment.result().complete());
    }

    @Test
    void theTimeLeftIsEstimatedFromThePaceSoFar() {
        RecallExperiment experiment = new RecallExperiment(SMALL);
        experiment.run(100);
        double share = experiment.progress();
        assertEquals(1000 * (1 - share) / share, experiment.estimatedMsLeft(1000), 1e-6);
    }

    @Test
    void aCancelledExperimentStopsAndKeepsWhatItMeasured() {
        RecallExperiment experiment = new RecallExperiment(SMALL);
        experiment.run(2 * PIECES + 5);
        experiment.cancel();
        assertTrue(experiment.done());
        assertTrue(experiment.cancelled());
        assertEquals(0, experiment.run(100));
        double progress = experiment.progress();
        assertTrue(progress > 0 && progress < 1);
        ExperimentResult result = experiment.result();
        assertTrue(result.has(0, 0));
        assertFalse(result.has(1, 0));
        assertFalse(result.complete());
    }

    /**
     * At the defaults (seed 7, four networks a point), at gap 2 every cell recalls; at long gaps the
     * cells part. The issue expected the LSTM to beat the plain RNN at gap 16: at these settings it does
     * not (the LSTM's forget gate starts near σ(1) = 0.73 and forgets a quarter of its cell state a step,
     * so what would teach it to keep a symbol fades over the gap, while W_hh at ρ = 0.9 lets the plain
     * RNN's fade slower): the plain RNN recalls 100% at gap 16, the LSTM 61%. What holds, and is tested:
     * the plain RNN beats the LSTM at gap 16 by 30 points or more, and the GRU and the selective linear
     * cell beat the plain RNN at gap 61 by 20 points or more (100% against 76%).
     */
    @Test
    void atTheDefaultsEveryCellRecallsAShortGapAndTheCellsPartAtLongOnes() {
        ExperimentSettings defaults = ExperimentSettings.DEFAULT;
        RecallExperiment shortGap = new RecallExperiment(withGaps(defaults, 2));
        shortGap.run(Integer.MAX_VALUE);
        ExperimentResult shortResult = shortGap.result();
        for (int c = 0; c < shortResult.cellCount(); c++) {
            assertTrue(shortResult.accuracy(c, 0) >= 0.9, shortResult.cell(c) + " at gap 2: " + shortResult.accuracy(c, 0));
        }
        assertEquals(0.25, shortResult.chance(), 0.0);

        RecallExperiment sixteen = new RecallExperiment(withGaps(defaults, 16), new String[] {"rnn", "lstm"});
        sixteen.run(Integer.MAX_VALUE);
        double rnn16 = sixteen.result().accuracy(0, 0);
        double lstm16 = sixteen.result().accuracy(1, 0);
        assertTrue(rnn16 >= lstm16 + 0.3, "gap 16: plain RNN " + rnn16 + ", LSTM " + lstm16);

        RecallExperiment longest = new RecallExperiment(withGaps(defaults, ExperimentSettings.MAX_GAP),
                new String[] {"rnn", "gru", "linear"});
        longest.run(Integer.MAX_VALUE);
        ExperimentResult result = longest.result();
        for (int c = 1; c < 3; c++) {
            assertTrue(result.accuracy(c, 0) >= result.accuracy(0, 0) + 0.2,
                    "gap 61: " + result.cell(c) + " " + result.accuracy(c, 0) + ", plain RNN " + result.accuracy(0, 0));
        }
        System.out.println("gap 16: plain RNN " + rnn16 + ", LSTM " + lstm16 + "; gap 61: " + RecallSentences.all(result));
    }

    private static ExperimentSettings withGaps(ExperimentSettings settings, int... gaps) {
        return new ExperimentSettings(gaps, settings.steps, settings.hiddenSize, settings.seed, settings.networks);
    }

    /** Every network's loss, recalled count and weights' checksum, as text. */
    private static List<String> numbers(ExperimentResult result) {
        List<String> numbers = new ArrayList<>();
        for (int c = 0; c < result.cellCount(); c++) {
            for (int g = 0; g < result.gapCount(); g++) {
                for (int n = 0; n < result.networks(); n++) {
                    numbers.add(result.cell(c) + " " + result.gap(g) + " " + n + ": " + result.loss(c, g, n) + " "
                            + result.accuracy(c, g, n) + " " + result.networkChecksum(c, g, n));
                }
            }
        }
        return numbers;
    }
}
