package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainingPlanTest {
    @Test
    void aPlanIsWrittenAndReadBack() {
        for (String text : new String[] {"0", "300", "abra:40:0.01:5,80", "ab:1:1:off,cab d:12:0.0001:25,0", "abracadabra:9999:0.3:1,1"}) {
            TrainingPlan plan = TrainingPlan.parse(text);
            assertEquals(text, plan.text());
        }
        TrainingPlan plan = TrainingPlan.parse("abra:40:0.01:5,cab:2:0.1:off,80");
        assertEquals(122, plan.steps());
        assertEquals(80, plan.current);
        assertEquals("cab", plan.earlier.get(1).sequence);
        assertEquals(6, plan.earlier.get(1).settings.learningRate);
        assertEquals(0, plan.earlier.get(1).settings.clip);
    }

    @Test
    void aBrokenPlanIsRefused() {
        for (String text : new String[] {"", "-3", "1e99", "abc", "1000001", "abra:40", "abra:40:0.01:5",
            "abra:0:0.01:5,5", "a:4:0.01:5,5", "x:4:0.01:5,5", "abra:4,5", "abra:4:0.01,5", "abra:4:0.02:5,5",
            "abra:4:0.01:3,5", "abra:500000:1:5,500001", ",5", "abra:4:1:5,,5", "12345678901", ":4:1:5,5"}) {
            assertNull(TrainingPlan.parse(text), text);
        }
        assertNull(TrainingPlan.parse("ab:1:1:5,".repeat(TrainingSettings.MAX_TEXTS + 1) + "1"));
        assertEquals(TrainingSettings.MAX_TEXTS,
                TrainingPlan.parse("ab:1:1:5,".repeat(TrainingSettings.MAX_TEXTS) + "1").earlier.size());
    }

    @Test
    void theStepsOfAPartShareItsEarlierTextsRatherThanWrapThemAgain() {
        TrainingPlan plan = TrainingPlan.parse("abra:40:0.01:5,7");
        TrainingPlan later = plan;
        for (int k = 0; k < 100_000; k++) {
            later = later.plus(1);
        }
        TrainingPlan last = later;
        assertSame(plan.earlier, last.earlier);
        assertEquals(100_047, last.steps());
        assertThrows(UnsupportedOperationException.class, () -> last.earlier.clear());
    }

    @Test
    void anEditMakesTheStepsTakenAnEarlierText() {
        TrainingPlan plan = TrainingPlan.NONE.plus(5);
        assertSame(TrainingPlan.NONE, TrainingPlan.NONE.edited("abra", StepSettings.DEFAULT), "no steps on a text: nothing to keep");
        TrainingPlan edited = plan.edited("abra", StepSettings.DEFAULT);
        assertEquals("abra:5:0.01:5,0", edited.text());
        assertEquals("abra:5:0.01:5,3", edited.plus(3).text());
        TrainingPlan full = TrainingPlan.parse("ab:1:1:5,".repeat(TrainingSettings.MAX_TEXTS) + "2");
        assertNull(full.edited("abc", StepSettings.DEFAULT));
    }
}
