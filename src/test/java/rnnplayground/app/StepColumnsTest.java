package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Packed;

class StepColumnsTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(5);

    private static void addSteps(TrainingLog log, int count) {
        for (int k = 0; k < count; k++) {
            log.add(RANDOM.nextDouble() * 2, RANDOM.nextDouble() * 10);
        }
    }

    /** Every column against the steps that fall in it, read from the log one by one. */
    private static void assertColumns(TrainingLog log, StepColumns columns, boolean losses, int extent) {
        double highest = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < columns.columns(); c++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < log.steps(); k++) {
                if ((long) k * columns.columns() / extent == c) {
                    double value = losses ? log.loss(k) : log.gradientNorm(k);
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
            assertEquals(low <= high, columns.has(c), "column " + c);
            if (low <= high) {
                assertEquals(low, columns.low(c));
                assertEquals(high, columns.high(c));
                highest = Math.max(highest, high);
                lowest = Math.min(lowest, low);
            }
        }
        assertEquals(highest, columns.highest());
        assertEquals(lowest, columns.lowestPositive());
    }

    @Test
    void stepsAddedLaterFallInTheirColumnsAsIfReadAllAtOnce() {
        TrainingLog log = new TrainingLog();
        StepColumns losses = new StepColumns(true);
        StepColumns norms = new StepColumns(false);
        for (int round = 0; round < 5; round++) {
            addSteps(log, 137);
            losses.update(log, 1000, 300);
            norms.update(log, 1000, 300);
            assertColumns(log, losses, true, 1000);
            assertColumns(log, norms, false, 1000);
        }
        losses.update(log, 2000, 300); // a new extent: read again from step 0
        assertColumns(log, losses, true, 2000);
        losses.update(log, 2000, 250); // a new width
        assertColumns(log, losses, true, 2000);
    }

    @Test
    void fewerStepsThanColumnsSpreadOverTheWholeAxis() {
        TrainingLog log = new TrainingLog();
        addSteps(log, 300);
        StepColumns losses = new StepColumns(true);
        losses.update(log, 500, 566);
        assertTrue(losses.has(0));
        assertTrue(losses.has(299 * 566 / 500), "the last step at 3/5 of the axis");
        assertFalse(losses.has(299 * 566 / 500 + 1));
        assertFalse(losses.has(8), "a step every 1.13 columns: step 7 in column 7, step 8 in column 9");
        assertColumns(log, losses, true, 500);
    }

    @Test
    void stepsTakenBackAreReadAgain() {
        TrainingLog log = new TrainingLog();
        addSteps(log, 50);
        StepColumns losses = new StepColumns(true);
        losses.update(log, 100, 40);
        log.clear();
        addSteps(log, 60);
        losses.update(log, 100, 40);
        assertColumns(log, losses, true, 100);

        Packed earlier = new Packed(); // a log read in from step 20: the steps after it are new ones
        TrainingLog other = new TrainingLog();
        addSteps(other, 70);
        other.save(earlier, 20);
        log.load(Packed.of(earlier.numbers(), earlier.floatArrays(), earlier.doubleArrays(), earlier.texts()));
        assertEquals(70, log.steps());
        losses.update(log, 100, 40);
        assertColumns(log, losses, true, 100);
    }
}
