package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The sequence box as phones, input methods and keyboards use it: compositions, undo and redo,
 * huge pastes, fast typing; and the skip link, which must leave the state in the address.
 */
class TypingTest extends PerEngineTest {
    private static final int SEED = 7;
    private static final int HIDDEN = 8;

    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    /** Opens the page with {@code sequence}, the caret at its end in the focused box. */
    private void openWith(String sequence) {
        open("seq=" + sequence.replace(" ", "%20") + "&seed=" + SEED + "&h=" + HIDDEN);
        browser.js("const s = document.getElementById('sequence'); s.focus();"
                + "s.setSelectionRange(s.value.length, s.value.length);");
    }

    private String hash() {
        return (String) browser.js("return location.hash;");
    }

    /** The box, the address and the heatmap all hold {@code sequence}. */
    private void assertState(String sequence) {
        assertEquals(sequence, widget.sequence());
        assertEquals("#seq=" + sequence.replace(" ", "%20") + "&seed=" + SEED + "&h=" + HIDDEN, hash());
        assertArrayEquals(Widget.expected(sequence, SEED, HIDDEN), widget.values());
    }

    /** An input method's composition, step by step, as Chromium's DevTools protocol drives one. */
    private void compose(String... steps) {
        for (String text : steps) {
            browser.driver.executeCdpCommand("Input.imeSetComposition",
                    Map.of("text", text, "selectionStart", text.length(), "selectionEnd", text.length()));
        }
    }

    /** Commits the composition with {@code text}. */
    private void commit(String text) {
        browser.driver.executeCdpCommand("Input.insertText", Map.of("text", text));
    }

    private void undo() {
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
    }

    private void redo() {
        new Actions(browser.driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("z").keyUp(Keys.SHIFT)
                .keyUp(Keys.CONTROL).perform();
    }

    /**
     * A real paste (Ctrl+V) of {@code text} over the characters {@code start} to {@code end} of the box:
     * the text goes to the clipboard from a scratch text area, copied with Ctrl+C.
     */
    private void paste(String text, int start, int end) {
        browser.js("const t = document.createElement('textarea'); t.id = 'clipboard-source'; t.value = arguments[0];"
                + "document.body.append(t); t.focus(); t.select();", text);
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("c").keyUp(Keys.CONTROL).perform();
        browser.js("document.getElementById('clipboard-source').remove();"
                + "const s = document.getElementById('sequence'); s.focus(); s.setSelectionRange(arguments[0], arguments[1]);",
                start, end);
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("v").keyUp(Keys.CONTROL).perform();
    }

    @Test
    void aCompositionGoesInOnceWhenItEnds() {
        openWith("cd");
        compose("A", "Ab", "Abr", "Abra");
        commit("Abra");
        assertState("cdabra");
        assertEquals(6, widget.caret());
        assertEquals("", widget.message());
    }

    @Test
    void aRefusedLetterInACompositionIsNamedAndTheRestGoesIn() {
        openWith("cd");
        compose("a", "ab", "abx");
        commit("abx");
        assertState("cdab");
        assertEquals(4, widget.caret());
        assertTrue(widget.message().contains("“x”"), widget.message());
        undo();
        assertState("cd");
        redo();
        assertState("cdab");
    }

    @Test
    void aJapaneseCompositionLeavesNothingAndNamesItsCharacters() {
        openWith("cd");
        compose("a", "あ", "あk", "あか"); // "aka" typed into a Japanese input method
        commit("あか");
        assertState("cd");
        assertEquals(2, widget.caret());
        String message = widget.message();
        assertTrue(message.contains("“あ”") && message.contains("“か”"), message);
    }

    /**
     * A soft keyboard's order of events, dispatched by script: the page must leave every value the
     * keyboard writes during the composition as it is, and filter once the composition ends.
     */
    @Test
    void aSoftKeyboardsCompositionIsLeftAloneUntilItEnds() {
        openWith("cd");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) browser.js(
                "const s = document.getElementById('sequence'); const seen = [];"
                + "const write = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + "s.dispatchEvent(new CompositionEvent('compositionstart', {data: '', bubbles: true}));"
                + "for (const text of ['A', 'Ab', 'Abr', 'Abra']) {"
                + "  s.dispatchEvent(new CompositionEvent('compositionupdate', {data: text, bubbles: true}));"
                + "  s.dispatchEvent(new InputEvent('beforeinput', {inputType: 'insertCompositionText', data: text,"
                + "    isComposing: true, bubbles: true, cancelable: false}));"
                + "  seen.push(s.value);"
                + "  write.call(s, 'cd' + text); s.setSelectionRange(2 + text.length, 2 + text.length);"
                + "  s.dispatchEvent(new InputEvent('input', {inputType: 'insertCompositionText', data: text,"
                + "    isComposing: true, bubbles: true}));"
                + "  seen.push(s.value + '|' + s.selectionStart);"
                + "}"
                + "s.dispatchEvent(new CompositionEvent('compositionend', {data: 'Abra', bubbles: true}));"
                + "return seen;");
        assertEquals(List.of("cd", "cdA|3", "cdA", "cdAb|4", "cdAb", "cdAbr|5", "cdAbr", "cdAbra|6"), seen,
                "during the composition the value is the keyboard's alone");
        assertState("cdabra");
        assertEquals(6, widget.caret());
    }

    @Test
    void aPasteIsUndoneAndRedone() {
        openWith("abracadabra");
        paste("cab", 0, 11);
        assertState("cab");
        undo();
        assertState("abracadabra");
        redo();
        assertState("cab");
    }

    @Test
    void aPasteWithRefusedCharactersIsUndoneAndRedone() {
        openWith("abracadabra");
        paste("cXaB1", 0, 11);
        assertState("cab");
        String message = widget.message();
        assertTrue(message.contains("“X”") && message.contains("“1”"), message);
        undo();
        assertState("abracadabra");
        redo();
        assertState("cab");
    }

    @Test
    void typingBeforeAPasteIsUndoneToo() {
        openWith("ab");
        new Actions(browser.driver).sendKeys("cD").perform();
        assertState("abcd");
        paste("Xr", 4, 4);
        assertState("abcdr");
        undo();
        assertState("abcd");
        for (int k = 0; k < 3 && !widget.sequence().equals("ab"); k++) {
            undo();
        }
        assertState("ab");
        for (int k = 0; k < 4 && !widget.sequence().equals("abcdr"); k++) {
            redo();
        }
        assertState("abcdr");
    }

    /**
     * 100,000 characters with 20,000 or 50,000 different refused ones, pasted over the whole box: the
     * allowed ones go in up to the limit, the message stays short, the page no taller than with an
     * ordinary message of the kind, and undo brings the box back. The time the page takes is printed
     * (a figure for the record, not a test: speed is the benchmark's).
     */
    @Test
    void aHugePasteIsHandledQuicklyWithAShortMessage() {
        for (int distinct : new int[] {20_000, 50_000}) {
            openWith("abracadabra");
            // the first character the huge text refuses, and too many letters: a message of the same kind
            browser.js("const s = document.getElementById('sequence'); const d = new DataTransfer();"
                    + "d.setData('text/plain', '\u0100' + 'a'.repeat(70)); s.setSelectionRange(0, s.value.length);"
                    + "s.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true}));");
            assertTrue(widget.message().contains("“Ā”") && widget.message().contains("64"), widget.message());
            long height = (Long) browser.js("return document.documentElement.scrollHeight;");
            undo();
            assertState("abracadabra");
            for (String run : new String[] {"first", "again"}) {
                double[] times = pasteHuge(distinct);
                System.out.printf("TypingTest %s: 100,000 characters, %d different refused, %s: the paste handled in"
                        + " %.1f ms, its longest task %.0f ms (0: none of 50 ms or more)%n",
                        engine, distinct, run, times[0], times[1]);
                assertEquals("a".repeat(64), widget.sequence());
                String message = widget.message();
                assertTrue(message.length() < 200,
                        message.length() + " characters: " + message.substring(0, Math.min(message.length(), 300)));
                assertTrue(message.startsWith("“Ā”, “ā”, “Ă”, “ă”, “Ą” and " + (distinct - 5) + " others are not allowed.")
                        && message.contains("64"), message);
                assertEquals(height, browser.js("return document.documentElement.scrollHeight;"),
                        "the page is as tall as with an ordinary message");
                undo();
                assertState("abracadabra");
            }
        }
    }

    /** Pastes the huge text over the whole box: how long the paste's event took, and the longest task. */
    private double[] pasteHuge(int distinct) {
        @SuppressWarnings("unchecked")
        Map<String, Number> timing = (Map<String, Number>) browser.jsAsync(
                "const chars = []; let refused = 0;"
                + "for (let k = 0; k < 100000; k++) {"
                + "  chars.push(k % 5 === 0 ? 'a' : String.fromCharCode(0x100 + refused++ % arguments[0]));"
                + "}"
                + "const d = new DataTransfer(); d.setData('text/plain', chars.join(''));"
                + "const s = document.getElementById('sequence'); s.setSelectionRange(0, s.value.length);"
                + "const tasks = [];"
                + "const observer = new PerformanceObserver(list => list.getEntries().forEach(e => tasks.push(e.duration)));"
                + "observer.observe({entryTypes: ['longtask']});"
                + "setTimeout(() => {"
                + "  const start = performance.now();"
                + "  s.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true}));"
                + "  const handled = performance.now() - start;"
                + "  requestAnimationFrame(() => setTimeout(() => {"
                + "    observer.takeRecords().forEach(e => tasks.push(e.duration)); observer.disconnect();"
                + "    done({handled: handled, longest: Math.max(0, ...tasks)});"
                + "  }, 100));"
                + "}, 0);", distinct);
        return new double[] {timing.get("handled").doubleValue(), timing.get("longest").doubleValue()};
    }

    @Test
    void fastTypingNamesEveryRefusedCharacterUntilAnEditGoesIn() {
        openWith("");
        new Actions(browser.driver).sendKeys("hello").perform();
        assertState("");
        String message = widget.message();
        for (String refused : new String[] {"“h”", "“e”", "“l”", "“o”"}) {
            assertTrue(message.contains(refused), refused + " in: " + message);
        }
        assertEquals(message.indexOf("“l”"), message.lastIndexOf("“l”"), "each character named once: " + message);
        new Actions(browser.driver).sendKeys(" abracadabra").perform();
        assertState(" abracadabra");
        assertEquals("", widget.message(), "the box holds nothing refused any more");
    }

    @Test
    void theSkipLinkMovesTheFocusAndKeepsTheStateInTheAddress() {
        openWith("cab");
        new Actions(browser.driver).sendKeys("d").perform();
        assertState("cabd");
        long history = (Long) browser.js("return history.length;");
        browser.js("document.activeElement.blur(); document.querySelector('.skip-link').focus();");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitUntil("the focus is in the playground",
                () -> (Boolean) browser.js("return document.activeElement.closest('#playground') !== null;"));
        assertState("cabd");
        assertEquals(history, browser.js("return history.length;"), "no new history entry");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertEquals("sequence", browser.js("return document.activeElement.id;"), "Tab goes on into the widget");
    }
}
