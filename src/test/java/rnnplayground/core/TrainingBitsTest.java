package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * 300 trained steps give exactly the recorded bits: a change of any rounding anywhere in training
 * shows here. The browser tests check that both engines give the JVM's bits too.
 */
class TrainingBitsTest {
    static final int SEED = 12345;
    static final int HIDDEN = 16;
    static final String SEQUENCE = TrainingTest.LONG;
    static final int STEPS = 300;
    static final double LEARNING_RATE = 0.01;

    /** The checksum of every parameter's bits after {@link #STEPS} steps of cell {@code key}. */
    static int trainedChecksum(String key) {
        Network network = Network.random(key, SEED, HIDDEN, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        trainer.setLearningRate(LEARNING_RATE);
        int[] symbols = Alphabet.encode(SEQUENCE);
        for (int step = 0; step < STEPS; step++) {
            trainer.step(symbols);
        }
        return network.checksum();
    }

    /** Every cell trains to the bits its reference recorded. */
    @Test
    void everyCellTrainsToTheRecordedBits() {
        for (String key : Cells.keys()) {
            assertEquals(CellReference.of(key).trainedChecksum(), trainedChecksum(key), key);
        }
    }
}
