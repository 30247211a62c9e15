package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.TaskSequence;

class TaskChoiceTest {
    private static final String BOX = "abracadabra";

    @Test
    void theFreeTextIsTheDefaultAndHasNoTask() {
        assertTrue(TaskChoice.FREE_TEXT.isFreeText());
        assertNull(TaskChoice.FREE_TEXT.task(BOX));
        TaskSequence[] examples = TaskChoice.FREE_TEXT.examples(BOX, 3);
        assertEquals(1, examples.length);
        assertEquals(BOX, examples[0].text());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, examples[0].scored);
    }

    @Test
    void aChoiceIsWrittenAsItsKeyAndNumber() {
        for (String text : new String[] {"text", "recall:8", "recall:0", "recall:61", "count:2", "count:55", "noisy:0",
            "noisy:100"}) {
            assertEquals(text, TaskChoice.parse(text).text());
        }
        for (String text : new String[] {"", "text:1", "recall", "recall:62", "count:1", "count:56", "noisy:101",
            "noisy:-1", "echo:3"}) {
            assertNull(TaskChoice.parse(text), text);
        }
        assertEquals("recall:8", TaskChoice.of(1).text());
        assertThrows(IllegalArgumentException.class, () -> new TaskChoice(1, 62));
    }

    @Test
    void examplesShowTheSequencesAndThePositionsThatCount() {
        TaskSequence[] recall = TaskChoice.parse("recall:3").examples(BOX, 3);
        assertEquals(3, recall.length);
        for (TaskSequence example : recall) {
            assertEquals(6, example.length());
            assertArrayEquals(new int[] {5}, example.scored);
        }
        assertEquals(recall[0].text(), TaskChoice.parse("recall:3").examples(BOX, 1)[0].text(), "the same each time");
        for (TaskSequence example : TaskChoice.parse("count:4").examples(BOX, 5)) {
            assertTrue(example.text().endsWith("aaaab"), example.text());
            assertEquals(4, example.scored.length);
        }
        for (TaskSequence example : TaskChoice.parse("noisy:30").examples(BOX, 2)) {
            assertEquals(BOX.length(), example.length());
        }
    }

    @Test
    void theRuleSaysWhatCountsAndTheChanceLevel() {
        assertEquals("One of a, b, c and d, then 8 spaces, then the cue r: predict the first symbol again. Only "
                + "that prediction counts; without memory a guess is right 25% of the time.",
                TaskChoice.of(1).rule(BOX));
        assertEquals("A run of 5 a's after a few other symbols, then b: predict where b comes. Every prediction "
                + "after an a counts; without memory a network can only say a after every a, right 80% of the time.",
                TaskChoice.of(2).rule(BOX));
        assertTrue(TaskChoice.of(3).rule(BOX).startsWith("The text in the box with 10% of its symbols replaced"));
        assertEquals("Predict every next symbol of the text in the box.", TaskChoice.FREE_TEXT.rule(BOX));
    }
}
