package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The widget as a person uses it: typing, pasting, Replay, ↻ weights, editing. */
class WidgetTest extends PerEngineTest {

    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    /** Puts the caret at {@code position} in the sequence box and types {@code keys} there. */
    private void typeAt(int position, CharSequence keys) {
        widget.typeAt(position, position, keys);
    }

    private void paste(String text) {
        browser.js("const s = document.getElementById('sequence'); const d = new DataTransfer();"
                + "d.setData('text/plain', arguments[0]);"
                + "s.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true}));",
                text);
    }

    @Test
    void refusedCharactersAreNotInsertedAndAreNamed() {
        open("");
        for (String refused : new String[] {"x", "1", "é", "?"}) {
            typeAt(3, refused);
            assertEquals("abracadabra", widget.sequence());
            assertEquals(3, widget.caret());
            String message = widget.message();
            assertTrue(message.contains("“" + refused + "”"), message);
            assertTrue(message.contains("a b r c d"), message);
        }
        typeAt(3, "d");
        assertEquals("abrdacadabra", widget.sequence());
        assertEquals(12, widget.filledColumns());
        assertEquals("", widget.message(), "the next edit that goes in ends the message");
    }

    @Test
    void pastingAMixInsertsOnlyTheAllowedCharacters() {
        open("seq=ab");
        browser.js("document.getElementById('sequence').setSelectionRange(1, 1);");
        paste("cXd 1R");
        assertEquals("acd rb", widget.sequence());
        assertEquals(5, widget.caret());
        String message = widget.message();
        assertTrue(message.contains("“X”") && message.contains("“1”"), message);
        assertEquals(6, widget.filledColumns());
    }

    @Test
    void uppercaseBecomesLowercase() {
        open("seq=");
        typeAt(0, "ABRA CAD");
        assertEquals("abra cad", widget.sequence());
        assertEquals("", widget.message());
        assertEquals(8, widget.filledColumns());
    }

    @Test
    void theLengthLimitHoldsWithItsMessage() {
        String sixtyThree = "abracadabra ".repeat(6).substring(0, 63);
        open("seq=" + sixtyThree.replace(" ", "%20"));
        typeAt(63, "abc");
        assertEquals(sixtyThree + "a", widget.sequence());
        assertTrue(widget.message().contains("64"), widget.message());
        paste("dd");
        assertEquals(sixtyThree + "a", widget.sequence());
        assertEquals(64, widget.filledColumns());
    }

    @Test
    void anEmptySequenceShowsAHintNotAnError() {
        open("");
        browser.click("#sequence");
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE).perform();
        assertEquals("", widget.sequence());
        assertTrue(browser.find("#heatmap-hint").isDisplayed());
        assertEquals("", widget.message());
        assertEquals(0, widget.values().length);
        browser.click("#replay");
        assertEquals(0, widget.values().length);
    }

    @Test
    void replayFillsTheColumnsOneByOne() {
        open("");
        assertEquals(11, widget.filledColumns());
        // records the number of filled columns of the table after every change the page makes to it
        browser.js("window.filledSeen = [];"
                + "const count = () => document.querySelectorAll('#numbers-table tbody tr:first-child td[data-value]').length;"
                + "window.filledAt = [];"
                + "new MutationObserver(() => { const n = count(); const s = window.filledSeen;"
                + "  if (s.length === 0 || s[s.length - 1] !== n) { s.push(n); window.filledAt.push(performance.now()); } })"
                + ".observe(document.getElementById('numbers-table'), {subtree: true, childList: true, attributes: true});");
        browser.click("#replay");
        browser.waitUntil("the replay ends", () -> widget.replayEnded(11));
        @SuppressWarnings("unchecked")
        List<Long> seen = (List<Long>) browser.js("return window.filledSeen;");
        List<Long> stepByStep = new ArrayList<>();
        for (long k = 1; k <= 11; k++) {
            stepByStep.add(k);
        }
        assertEquals(stepByStep, seen, "the table fills one column at a time");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("return window.filledAt;");
        double perStep = (at.get(at.size() - 1).doubleValue() - at.get(0).doubleValue()) / (at.size() - 1);
        assertTrue(perStep > 100 && perStep < 300, "a pace a person can follow: " + perStep + " ms a step");
        assertEquals(11, widget.paintedColumns());
    }

    @Test
    void replayShowsTheCurrentStepInTheStrip() {
        open("");
        browser.click("#replay");
        browser.waitUntil("a step is marked", widget::stepMarked);
        int marked = ((Number) browser.js("return Array.from(document.querySelectorAll('#strip span'))"
                + ".findIndex(s => s.classList.contains('current'));")).intValue();
        int filled = widget.filledColumns();
        assertTrue(marked == filled - 1 || marked == filled - 2, "marked " + marked + ", filled " + filled);
        assertTrue(widget.paintedColumns() < 11);
    }

    @Test
    void newWeightsChangeTheValuesAndTheSeedAndTheSeedReproducesThem() {
        open("");
        double[][] before = widget.values();
        String seedBefore = widget.seedText();
        browser.click("#reweight");
        browser.waitUntil("the new replay ends", () -> widget.replayEnded(11));
        double[][] after = widget.values();
        assertNotEquals(seedBefore, widget.seedText());
        assertFalse(Arrays.deepEquals(before, after), "new weights give new values");
        long seed = widget.seed();
        assertArrayEquals(Widget.expected("abracadabra", (int) seed, 16), after);
        open("seq=abracadabra&seed=" + seed + "&h=16");
        assertArrayEquals(after, widget.values(), "the same seed gives the same heatmap");
        assertEquals(seed, widget.seed());
    }

    @Test
    void anEditChangesOnlyTheColumnsFromTheEditedPositionOn() {
        open("");
        double[][] before = widget.values();
        widget.typeAt(5, 6, "b"); // abracAdabra -> abracBdabra
        assertEquals("abracbdabra", widget.sequence());
        double[][] after = widget.values();
        assertEquals(11, after.length);
        for (int t = 0; t < 5; t++) {
            assertArrayEquals(before[t], after[t], "column " + t + " is before the edit");
        }
        for (int t = 5; t < 11; t++) {
            assertFalse(Arrays.equals(before[t], after[t]), "column " + t + " follows the edit");
        }
        assertEquals(11, widget.paintedColumns(), "an edit shows the full heatmap at once");
    }

    /** The table follows every edit, at the end, at the start, and in the middle of a replay, headers too. */
    @Test
    void theNumbersFollowEditsAnywhereAlsoDuringAReplay() {
        open("seq=abracadabra&seed=5&h=12");
        typeAt(11, "c");
        assertTableIs("abracadabrac", 5, 12);
        typeAt(0, Keys.DELETE);
        assertTableIs("bracadabrac", 5, 12);
        browser.click("#replay");
        browser.js("const s = document.getElementById('scrub'); s.value = 2; s.dispatchEvent(new Event('input'));");
        browser.waitUntil("the replay stands at step 2", () -> widget.filledColumns() == 2);
        typeAt(6, "d");
        assertTableIs("bracaddabrac", 5, 12);
        typeAt(12, Keys.BACK_SPACE);
        assertTableIs("bracaddabra", 5, 12);
    }

    private void assertTableIs(String sequence, int seed, int hidden) {
        assertEquals(sequence, widget.sequence());
        assertArrayEquals(Widget.expected(sequence, seed, hidden), widget.values());
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) browser.js(
                "return Array.from(document.querySelectorAll('#numbers-table thead th'), th => th.textContent);");
        List<String> expected = new ArrayList<>(List.of("dim"));
        for (int t = 0; t < sequence.length(); t++) {
            expected.add(t + " " + (sequence.charAt(t) == ' ' ? "space" : String.valueOf(sequence.charAt(t))));
        }
        assertEquals(expected, headers);
    }
}
