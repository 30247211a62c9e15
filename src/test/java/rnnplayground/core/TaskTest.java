package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tasks' sequences: drawn from the seed alone, with the positions that count, and their chance levels. */
class TaskTest {
    private static final Task[] TASKS = {new RecallTask(3), new CountTask(4), new NoisyTextTask("abracadabra", 20)};

    @Test
    void theSequencesAreThoseOfTheSeed() {
        for (Task task : TASKS) {
            assertEquals(texts(task.draw(42, 20)), texts(task.draw(42, 20)), task.key());
            assertNotEquals(texts(task.draw(42, 20)), texts(task.draw(43, 20)), task.key());
            Prng prng = new Prng(42);
            TaskSequence[] drawn = task.draw(42, 3);
            for (TaskSequence sequence : drawn) {
                assertEquals(sequence.text(), task.draw(prng).text(), task.key() + ": one generator, draw after draw");
            }
        }
    }

    /** The bits of the generators, recorded: a change of any draw shows here (and on every engine). */
    @Test
    void theFirstSequencesOfSeed1AreAsRecorded() {
        assertEquals(List.of("b   rb", "a   ra", "b   rb", "c   rc", "b   rb"), texts(new RecallTask(3).draw(1, 5)));
        assertEquals(List.of("rcdaaaab", "rrdrrc aaaab", "craaaab", "c rdcrccaaaab", "aaaab"),
                texts(new CountTask(4).draw(1, 5)));
        assertEquals(List.of("a daccadbra", "dbracadabrb", "abracarrbrc", "abrdcabbbad", "adracada ra"),
                texts(new NoisyTextTask("abracadabra", 20).draw(1, 5)));
    }

    @Test
    void recallScoresTheSymbolAfterTheCueOnly() {
        for (int gap : new int[] {0, 1, 8, 61}) {
            RecallTask task = new RecallTask(gap);
            assertEquals(gap + 3, task.maxLength());
            for (TaskSequence sequence : task.draw(gap, 50)) {
                String text = sequence.text();
                assertEquals(gap + 3, text.length());
                assertTrue("abcd".indexOf(text.charAt(0)) >= 0, text);
                assertEquals(text.charAt(0) + " ".repeat(gap) + "r" + text.charAt(0), text);
                assertArrayEquals(new int[] {gap + 2}, sequence.scored, text);
                assertTrue(sequence.isScored(gap + 2) && !sequence.isScored(gap + 1), text);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new RecallTask(-1));
    }

    @Test
    void countScoresEveryPredictionAfterAnAOfTheRun() {
        CountTask task = new CountTask(5);
        boolean[] starts = new boolean[CountTask.MAX_PREFIX + 1];
        for (TaskSequence sequence : task.draw(3, 300)) {
            String text = sequence.text();
            int start = text.indexOf('a');
            starts[start] = true;
            assertTrue(text.length() <= task.maxLength(), text);
            for (int t = 0; t < start; t++) {
                assertTrue(CountTask.PREFIX.indexOf(text.charAt(t)) >= 0, text);
            }
            assertEquals("aaaaab", text.substring(start), text);
            assertArrayEquals(new int[] {start + 1, start + 2, start + 3, start + 4, start + 5}, sequence.scored, text);
        }
        for (int start = 0; start <= CountTask.MAX_PREFIX; start++) {
            assertTrue(starts[start], "a run starting at " + start);
        }
        assertThrows(IllegalArgumentException.class, () -> new CountTask(1));
    }

    @Test
    void theNoisyTextReplacesTheChosenShareOfItsSymbols() {
        String text = "abracadabra";
        assertEquals(text, new NoisyTextTask(text, 0).draw(5, 1)[0].text());
        for (TaskSequence sequence : new NoisyTextTask(text, 100).draw(5, 20)) {
            for (int t = 0; t < text.length(); t++) {
                assertNotEquals(text.charAt(t), sequence.text().charAt(t), sequence.text());
            }
        }
        int changed = 0;
        int symbols = 0;
        for (TaskSequence sequence : new NoisyTextTask(text, 10).draw(5, 2000)) {
            assertEquals(text.length() - 1, sequence.scored.length);
            for (int t = 0; t < text.length(); t++) {
                changed += sequence.text().charAt(t) == text.charAt(t) ? 0 : 1;
                symbols++;
            }
            assertEquals(1, sequence.scored[0]);
        }
        assertEquals(0.1, changed / (double) symbols, 0.01);
        assertThrows(IllegalArgumentException.class, () -> new NoisyTextTask("a", 10));
        assertThrows(IllegalArgumentException.class, () -> new NoisyTextTask(text, 101));
    }

    @Test
    void chanceIsTheBestGuessFromTheCurrentSymbolAlone() {
        assertEquals(0.25, new RecallTask(8).chance(), 0.0);
        assertEquals(0.8, new CountTask(5).chance(), 0.0);
        // abracadabra without noise: after a the next is b, c or d (b twice), so 8 of its 10 predictions can be right
        assertEquals(0.8, new NoisyTextTask("abracadabra", 0).chance(), 1e-15);
        for (Task task : new Task[] {new RecallTask(5), new CountTask(3), new CountTask(9),
            new NoisyTextTask("abracadabra", 10), new NoisyTextTask("radar cab dab", 30)}) {
            assertEquals(memorylessAccuracy(task.draw(77, 20000)), task.chance(), 0.01, task.key());
        }
    }

    @Test
    void belowDrawsEveryNumberUnderItsBound() {
        Prng prng = new Prng(3);
        int[] counts = new int[6];
        for (int k = 0; k < 6000; k++) {
            counts[prng.below(6)]++;
        }
        for (int count : counts) {
            assertEquals(1000, count, 100);
        }
    }

    /** The accuracy of the best guess of each scored symbol from the symbol before it, counted on the sequences. */
    private static double memorylessAccuracy(TaskSequence[] sequences) {
        int v = Alphabet.SIZE;
        int[] pairs = new int[v * v];
        int scored = 0;
        for (TaskSequence sequence : sequences) {
            for (int p : sequence.scored) {
                pairs[sequence.symbols[p - 1] * v + sequence.symbols[p]]++;
                scored++;
            }
        }
        int right = 0;
        for (int c = 0; c < v; c++) {
            int most = 0;
            for (int d = 0; d < v; d++) {
                most = Math.max(most, pairs[c * v + d]);
            }
            right += most;
        }
        return right / (double) scored;
    }

    private static List<String> texts(TaskSequence[] sequences) {
        List<String> texts = new ArrayList<>();
        for (TaskSequence sequence : sequences) {
            texts.add(sequence.text());
        }
        return texts;
    }
}
