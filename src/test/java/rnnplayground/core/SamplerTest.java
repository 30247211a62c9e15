package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SamplerTest {
    private static Network trained(String key) {
        Network network = Network.random(key, 1, 16, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        for (int step = 0; step < 300; step++) {
            trainer.step(TrainingTest.ABRACADABRA);
        }
        return network;
    }

    @Test
    void aTrainedNetworkAtLowTemperatureSaysItsLesson() {
        for (String key : Cells.keys()) {
            Sample sample = Sampler.sample(trained(key), 0, 11, 0.1, 7);
            assertEquals("abracadabra", sample.text(), key);
            assertEquals(1.0, sample.probabilities[0]);
            for (int t = 1; t < 11; t++) {
                assertTrue(sample.probabilities[t] > 0.99, key + ": " + sample.probabilities[t]);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        Network network = Network.random("gru", 2, 16, Cells.DEFAULT_RECURRENT_SCALE);
        String first = Sampler.sample(network, 1, 64, 1.0, 5).text();
        assertEquals(first, Sampler.sample(network, 1, 64, 1.0, 5).text());
        assertEquals('b', first.charAt(0));
        assertNotEquals(first, Sampler.sample(network, 1, 64, 1.0, 6).text());
        assertEquals(64, first.length());
    }

    @Test
    void aHighTemperatureFlattensTheChoices() {
        Network network = trained("rnn");
        double lowest = 1;
        Sample sample = Sampler.sample(network, 0, 64, 2.0, 3);
        for (int t = 1; t < 64; t++) {
            lowest = Math.min(lowest, sample.probabilities[t]);
        }
        assertTrue(lowest < 0.5, "some symbol was drawn against the model's top guess");
    }

    @Test
    void badArgumentsAreRefused() {
        Network network = Network.random("rnn", 2, 4, Cells.DEFAULT_RECURRENT_SCALE);
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(network, 0, 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(network, 6, 5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(network, 0, 0, 1, 1));
    }
}
