package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingTest {
    static final int[] ABRACADABRA = Alphabet.encode("abracadabra");
    static final String LONG = "radar cab dab abracadabra bard card abba dada arc cab bad radar a";

    @Test
    void thePlainRnnLearnsAbracadabraWithTheDefaults() {
        for (int seed = 1; seed <= 5; seed++) {
            Network network = Network.random("rnn", seed, 16, Cells.DEFAULT_RECURRENT_SCALE);
            Trainer trainer = new Trainer(network);
            int steps = stepsUntilBelow(trainer, ABRACADABRA, 0.1, 1000);
            assertTrue(steps <= 1000, "seed " + seed + ": the loss is still " + trainer.last().loss);
            Trajectory trajectory = new Trajectory(network.cell);
            trajectory.update(ABRACADABRA);
            Predictions predictions = new Predictions();
            predictions.update(network.readout, trajectory);
            assertTrue(predictions.nextSymbolLoss(trajectory) < 0.1);
            for (int t = 0; t + 1 < ABRACADABRA.length; t++) {
                assertEquals(ABRACADABRA[t + 1], predictions.top(t), "seed " + seed + ", the guess after step " + t);
            }
        }
    }

    static int stepsUntilBelow(Trainer trainer, int[] symbols, double target, int most) {
        for (int step = 1; step <= most; step++) {
            TrainingStep result = trainer.step(symbols);
            assertFalse(result.failed(), result.fault);
            if (result.loss < target) {
                return step;
            }
        }
        return most + 1;
    }

    @Test
    void theUntrainedPredictionIsCloseToUniform() {
        for (int hidden : new int[] {4, 16, 64}) {
            Network network = Network.random("rnn", 3, hidden, Cells.DEFAULT_RECURRENT_SCALE);
            TrainingStep first = new Trainer(network).step(Alphabet.encode(LONG));
            assertEquals(Math.log(6), first.loss, 0.05, "H " + hidden);
        }
    }

    @Test
    void aStepThatOverflowsIsUndoneAndStopsTraining() {
        Network network = Network.random("rnn", 2, 8, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        trainer.step(ABRACADABRA);
        int checksum = network.checksum();
        trainer.setLearningRate(1e39);
        TrainingStep failed = trainer.step(ABRACADABRA);
        assertTrue(failed.failed());
        assertEquals(2, failed.step);
        assertEquals("step 2: W_xh overflowed; the step is undone", failed.fault);
        assertEquals(checksum, network.checksum(), "the weights are the last good ones");
        assertEquals(1, trainer.steps());
        assertSame(failed, trainer.fault());
        assertSame(failed, trainer.step(ABRACADABRA), "training has stopped");
        assertEquals(0, trainer.trainWindows(Alphabet.encode(LONG), 3));
        assertEquals(checksum, network.checksum());
    }

    @Test
    void theUndoneStepLeavesTheOptimizerAsItWas() {
        Network first = Network.random("rnn", 4, 8, Cells.DEFAULT_RECURRENT_SCALE);
        Network second = Network.random("rnn", 4, 8, Cells.DEFAULT_RECURRENT_SCALE);
        Adam adam = new Adam(second.params());
        Adam reference = new Adam(first.params());
        for (Network network : new Network[] {first, second}) {
            Trajectory trajectory = new Trajectory(network.cell);
            trajectory.update(ABRACADABRA);
            new Bptt(network).lossAndGradients(trajectory, ABRACADABRA, 1, ABRACADABRA.length - 1);
        }
        assertEquals("W_xh", adam.step(1e39));
        assertEquals(0, adam.steps());
        assertEquals(first.checksum(), second.checksum());
        // from the same state, the same step gives the same bits
        assertEquals(null, adam.step(0.01));
        assertEquals(null, reference.step(0.01));
        assertEquals(first.checksum(), second.checksum());
    }

    @Test
    void noLearningRateOnOfferMakesANaN() {
        int[] text = Alphabet.encode(LONG);
        for (double rate : new double[] {0.0001, 0.1, 1}) {
            for (boolean clip : new boolean[] {true, false}) {
                Network network = Network.random("rnn", 5, 16, 2);
                Trainer trainer = new Trainer(network);
                trainer.setLearningRate(rate);
                trainer.setClipping(clip, Trainer.DEFAULT_CLIP_THRESHOLD);
                for (int step = 0; step < 300 && trainer.fault() == null; step++) {
                    TrainingStep result = trainer.step(text);
                    assertTrue(Double.isFinite(result.loss) && Double.isFinite(result.gradientNorm));
                }
                for (Param p : network.params()) {
                    for (float w : p.w) {
                        assertTrue(Float.isFinite(w), p.name);
                    }
                }
            }
        }
    }

    @Test
    void clippingScalesTheGradientToTheThresholdAndReportsTheNormBefore() {
        Network network = Network.random("rnn", 6, 8, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        trainer.setClipping(true, 1e-3);
        TrainingStep result = trainer.step(ABRACADABRA);
        assertTrue(result.clipped);
        assertTrue(result.gradientNorm > 1e-3);
        assertEquals(1e-3, Gradients.norm(network.params()), 1e-15);
        trainer.setClipping(false, 1e-3);
        TrainingStep unclipped = trainer.step(ABRACADABRA);
        assertFalse(unclipped.clipped);
        assertEquals(unclipped.gradientNorm, Gradients.norm(network.params()));
    }

    @Test
    void theWindowedProtocolCarriesTheStateAndWrapsAround() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2000) {
            text.append(LONG).append(' ');
        }
        int[] symbols = Alphabet.encode(text.substring(0, 2000));
        Network network = Network.random("rnn", 8, 16, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        assertEquals(Trainer.WINDOW * 10, trainer.trainWindows(symbols, 10));
        double early = trainer.last().loss;
        assertEquals(Trainer.WINDOW * 150, trainer.trainWindows(symbols, 150), "past the end of the text and round");
        assertEquals(160, trainer.steps());
        assertTrue(trainer.last().loss < early / 2, early + " then " + trainer.last().loss);
    }

    @Test
    void theFirstWindowIsAFullSequenceStepOnItsSymbols() {
        int[] text = Alphabet.encode(LONG);
        Network windowed = Network.random("rnn", 9, 8, Cells.DEFAULT_RECURRENT_SCALE);
        Network whole = Network.random("rnn", 9, 8, Cells.DEFAULT_RECURRENT_SCALE);
        new Trainer(windowed).trainWindows(text, 1);
        int[] first = new int[Trainer.WINDOW + 1];
        System.arraycopy(text, 0, first, 0, first.length);
        new Trainer(whole).step(first);
        for (int p = 0; p < whole.params().length; p++) {
            assertArrayEquals(whole.params()[p].w, windowed.params()[p].w, whole.params()[p].name);
        }
    }

    @Test
    void nothingToPredictIsRefused() {
        Trainer trainer = new Trainer(Network.random("rnn", 1, 4, Cells.DEFAULT_RECURRENT_SCALE));
        assertThrows(IllegalArgumentException.class, () -> trainer.step(Alphabet.encode("a")));
        assertThrows(IllegalArgumentException.class, () -> trainer.trainWindows(Alphabet.encode("abracadabra"), 1));
        assertThrows(IllegalArgumentException.class, () -> trainer.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.setLearningRate(Double.NaN));
    }
}
