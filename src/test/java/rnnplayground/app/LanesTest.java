package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Network;
import rnnplayground.core.Trainer;

class LanesTest {
    private static PageState compared(String cell, String compare) {
        return new PageState("abracadabra", 9, 6).with(b -> b.cell(cell).compare(compare));
    }

    @Test
    void twoCellsTrainInStepFromOnePlan() {
        PageState state = compared("rnn", "lstm");
        Lanes lanes = new Lanes(state);
        assertEquals(2, lanes.count());
        lanes.start();
        double[] clock = {0};
        for (int k = 0; k < 5; k++) {
            lanes.run(state.sequence, () -> clock[0]++, 3, 2);
        }
        int steps = lanes.first().plan().steps();
        assertEquals(steps, lanes.training(1).plan().steps(), "the second lane keeps step");
        for (int k = 0; k < 2; k++) {
            Network direct = Network.random(k == 0 ? "rnn" : "lstm", 9, 6, 0.9);
            Trainer trainer = new Trainer(direct);
            for (int s = 0; s < steps; s++) {
                trainer.step(Alphabet.encode("abracadabra"));
            }
            assertEquals(direct.checksum(), lanes.model(k).network().checksum(), "lane " + k);
        }
    }

    @Test
    void aNewCellOrComparedCellStartsBothLanesAgain() {
        PageState state = compared("rnn", "");
        Lanes lanes = new Lanes(state);
        lanes.start();
        lanes.run(state.sequence, () -> 0, 0, 4);
        assertTrue(lanes.first().plan().steps() > 0);
        PageState two = state.with(b -> b.compare("gru"));
        lanes.apply(two);
        assertEquals(2, lanes.count());
        assertEquals(0, lanes.first().plan().steps(), "both lanes start from step 0 together");
        assertEquals(Network.random("rnn", 9, 6, 0.9).checksum(), lanes.model(0).network().checksum());
        int from = lanes.apply(two.withSequence("abracadabra cab"));
        assertEquals(11, from, "an edit keeps the networks and recomputes from the first changed step");
        lanes.apply(two.with(b -> b.compare("")));
        assertEquals(1, lanes.count());
    }
}
