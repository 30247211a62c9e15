package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepTextTest {
    @Test
    void stepsAreCountedFromZero() {
        assertEquals("0–10", StepText.range(11));
        assertEquals("0", StepText.range(1));
        assertEquals("step 10 of 0–10", StepText.position(11, 11));
        assertEquals("step 0 of 0–10", StepText.position(1, 11));
        assertEquals("step – of 0–10", StepText.position(0, 11));
        assertEquals("no steps", StepText.position(0, 0));
    }

    @Test
    void numbersAreSpacedSoThatTheyNeverTouch() {
        assertEquals(1, StepText.labelEvery(11, 22, 7), "two digits fit a 22 px column");
        assertEquals(2, StepText.labelEvery(64, 14, 7), "two digits need 18 px: every other 14 px column");
        assertEquals(5, StepText.labelEvery(2000, 14, 7), "four digits need 32 px: every 5th 14 px column");
        assertEquals(1, StepText.labelEvery(5, 12, 7), "one digit fits 12 px");
    }
}
