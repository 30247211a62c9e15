package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Training that scores chosen positions only (the gradient is checked in GradientCheckTest). */
class ScoredTrainingTest {
    private static final int[] TEXT = Alphabet.encode(TrainingTest.LONG);

    /** Every position from 1 on, listed: the bits of the whole sequence's step, for every cell. */
    @Test
    void everyPositionScoredIsTheWholeSequencesStep() {
        int[] every = new int[TEXT.length - 1];
        for (int p = 1; p < TEXT.length; p++) {
            every[p - 1] = p;
        }
        for (String key : Cells.keys()) {
            Network whole = Network.random(key, 5, 8, Cells.DEFAULT_RECURRENT_SCALE);
            Network listed = Network.random(key, 5, 8, Cells.DEFAULT_RECURRENT_SCALE);
            Trainer wholeTrainer = new Trainer(whole);
            Trainer listedTrainer = new Trainer(listed);
            for (int s = 0; s < 40; s++) {
                assertEquals(wholeTrainer.step(TEXT).loss, listedTrainer.step(TEXT, every).loss, 0.0, key + ", step " + s);
            }
            assertEquals(whole.checksum(), listed.checksum(), key);
        }
    }

    /** The symbols after the last scored position are not read; a position scored changes the step. */
    @Test
    void onlyTheSymbolsBeforeTheLastScoredOneAreRead() {
        int[] recall = Alphabet.encode("c  rc");
        int[] longer = Alphabet.encode("c  rcabba");
        int[] scored = {4};
        for (String key : Cells.keys()) {
            Network first = Network.random(key, 9, 8, Cells.DEFAULT_RECURRENT_SCALE);
            Network second = Network.random(key, 9, 8, Cells.DEFAULT_RECURRENT_SCALE);
            Network everywhere = Network.random(key, 9, 8, Cells.DEFAULT_RECURRENT_SCALE);
            for (int s = 0; s < 10; s++) {
                new Trainer(first).step(recall, scored);
                new Trainer(second).step(longer, scored);
                new Trainer(everywhere).step(recall);
            }
            assertEquals(first.checksum(), second.checksum(), key);
            assertNotEquals(first.checksum(), everywhere.checksum(), key);
        }
    }

    @Test
    void scoredPositionsMustRiseWithinTheSequence() {
        Trainer trainer = new Trainer(Network.random(Cells.first(), 1, 4, Cells.DEFAULT_RECURRENT_SCALE));
        int[] symbols = Alphabet.encode("abra");
        assertEquals("at least one position must be scored",
                assertThrows(IllegalArgumentException.class, () -> trainer.step(symbols, new int[0])).getMessage());
        for (int[] bad : new int[][] {{0}, {4}, {2, 2}, {3, 1}}) {
            assertThrows(IllegalArgumentException.class, () -> trainer.step(symbols, bad));
        }
        assertEquals("scored positions rise from 1 to 3; 4 does not",
                assertThrows(IllegalArgumentException.class, () -> trainer.step(symbols, new int[] {1, 4})).getMessage());
        assertEquals(0, trainer.steps());
    }
}
