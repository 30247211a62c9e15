package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.SymbolText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The network drawn live: the unrolled chain in the article and in the widget, and each cell's diagram. */
class FiguresTest extends PerEngineTest {
    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    /** The step marked as being read in the figure {@code id}, or -1. */
    private int markedStep(String id) {
        return ((Number) browser.js("const c = document.querySelector('#' + arguments[0] + ' .box.cell.current');"
                + "return c ? Number(c.querySelector('.box-label').textContent) : -1;", id)).intValue();
    }

    /** The likeliest next symbols the figure {@code id} shows, a glyph a step. */
    private String outputs(String id) {
        return (String) browser.js("return Array.from(document.querySelectorAll('#' + arguments[0]"
                + " + ' [data-id^=\"output-\"] .box-label'), e => e.textContent).join('');", id);
    }

    /**
     * While training, the article's figure, out of sight, keeps its picture and catches up once scrolled
     * to; the widget's is updated in place (the same SVG); once paused, both show the predictions of the
     * final weights as the JVM computes them, and so does the table of values.
     */
    @Test
    void aFigureOutOfSightWaitsWhileTrainingAndEveryFigureShowsTheSettledState() {
        open("seq=abracadabra%20cab&seed=4&h=16&cell=lstm&lr=0.003");
        browser.js("document.getElementById('unrolled-widget').scrollIntoView();"
                + "window.drawnSvg = document.querySelector('#unrolled-widget svg');");
        String untrained = outputs("unrolled-article");
        assertEquals(untrained, outputs("unrolled-widget"));
        browser.js("document.getElementById('train').click();"); // at the pace to be watched: far from a plateau
        browser.waitUntil("the widget's figure follows training", () -> !outputs("unrolled-widget").equals(untrained));
        assertEquals(untrained, outputs("unrolled-article"), "out of sight, the article's figure keeps its picture");
        assertEquals("true", browser.js("return document.getElementById('train').getAttribute('aria-pressed');"),
                "still training");
        browser.screenshotOfWindow("training-mid-1280-" + engine);
        browser.js("document.getElementById('unrolled-article').scrollIntoView();");
        browser.waitUntil("the article's figure catches up once in sight", () -> !outputs("unrolled-article").equals(untrained));
        browser.js("document.getElementById('train').click();");
        browser.waitUntil("the training pauses", () -> "false".equals(browser.js("return document.getElementById('train').getAttribute('aria-pressed');")));
        String hash = widget.hash();
        Model jvm = Widget.trained(HashCodec.decode(hash).state);
        StringBuilder expected = new StringBuilder();
        for (int t = 0; t < jvm.trajectory().steps(); t++) {
            expected.append(SymbolText.glyph(jvm.predictions().top(t)));
        }
        assertEquals(expected.toString(), outputs("unrolled-widget"), "the widget's figure, settled");
        assertEquals(expected.toString(), outputs("unrolled-article"), "the article's figure, settled");
        assertArrayEquals(Widget.expected(hash), widget.values(), "the table of values, settled");
        assertEquals(true, browser.js("return window.drawnSvg === document.querySelector('#unrolled-widget svg');"),
                "the widget's figure was updated in place");
        browser.screenshotOf("#playground", "training-after-1280-" + engine);
    }

    private String caption(String id) {
        return browser.find("#" + id + " .figure-caption").getText();
    }

    @Test
    void bothCopiesOfTheUnrolledNetworkFollowReplayAndStep() {
        open("seq=abracadabra&seed=1&h=16");
        for (String id : List.of("unrolled-article", "unrolled-widget")) {
            assertEquals(11, ((Number) browser.js("return document.querySelectorAll('#' + arguments[0] + ' .box.cell[data-id^=\"cell-\"]')"
                    + ".length;", id)).intValue(), id + ": a box a step");
            assertEquals(-1, markedStep(id), id + ": no step read yet");
            assertTrue(caption(id).startsWith("All 11 steps"), caption(id));
        }
        // 2 steps a second: the replay is still under way when it is paused, however slow the machine
        browser.js("const s = document.getElementById('speed'); s.value = '2'; s.dispatchEvent(new Event('change'));");
        browser.click("#replay");
        browser.waitUntil("the replay reaches step 3", () -> markedStep("unrolled-widget") >= 3);
        browser.click("#play");
        int paused = markedStep("unrolled-widget");
        assertEquals(paused, markedStep("unrolled-article"), "the article's copy follows the same state");
        browser.click("#step-forward");
        browser.waitUntil("Step forward moves the figures", () -> markedStep("unrolled-widget") == paused + 1
                && markedStep("unrolled-article") == paused + 1);
        assertTrue(caption("unrolled-widget").startsWith("Step " + (paused + 1) + " of 11"), caption("unrolled-widget"));
        assertTrue(browser.find("#strip .current").getText().length() == 1, "the letters mark the same step");
    }

    @Test
    void aStepBoxSelectsThatStepEverywhereAndAnArrowOpensItsArithmetic() {
        open("seq=abracadabra&seed=1&h=16");
        browser.find("#unrolled-widget [data-id=\"cell-6\"] .shape").click();
        browser.waitUntil("step 6 is read everywhere", () -> markedStep("unrolled-widget") == 6
                && markedStep("unrolled-article") == 6);
        assertEquals("7", browser.find("#scrub").getAttribute("value"), "the replay shows steps 0 to 6");
        assertEquals(6, ((Number) browser.js("return Array.from(document.querySelectorAll('#strip span'))"
                + ".findIndex(s => s.classList.contains('current'));")).intValue(), "the letters mark step 6");
        browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", // a thin line: clicked where it is
                browser.find("#unrolled-widget .arrow.recurrent.current .hit"));
        browser.waitUntil("the arithmetic of h at step 6 opens", () -> browser.find("#arithmetic").isDisplayed()
                && browser.find("#arithmetic-title").getText().startsWith("h[0, 6]"));
        browser.find("#unrolled-widget [data-id=\"cell-6\"]").sendKeys(Keys.ARROW_RIGHT);
        assertEquals("cell-7", browser.js("return document.activeElement.getAttribute('data-id');"),
                "the arrow keys move between the step boxes");
        browser.type(Keys.ENTER.toString());
        browser.waitUntil("Enter selects it", () -> markedStep("unrolled-widget") == 7);
    }

    @Test
    void theLstmsForgetGateShowsTheValueItsArithmeticAddsUpTo() {
        open("seq=abracadabra&seed=3&h=8&cell=lstm");
        browser.click("#step-back");
        String forget = browser.find("#cell-diagrams .box.gate[data-id=\"f\"] .box-value").getText();
        assertTrue(forget.startsWith("σ "), forget);
        browser.find("#cell-diagrams .box.gate[data-id=\"f\"] .shape").click();
        browser.waitUntil("the forget gate's arithmetic opens", () -> browser.find("#arithmetic").isDisplayed());
        assertTrue(browser.find("#arithmetic-title").getText().startsWith("h[0, 9]"),
                "dimension 0 at the step read, 9: " + browser.find("#arithmetic-title").getText());
        double value = widget.arithmeticValue("forget", "nonlinearity");
        assertEquals(value, Double.parseDouble(forget.substring(2)), 0.005, "the diagram shows the stored forget gate");
        assertTrue(browser.find("#cell-diagrams .figure-caption").getText().contains("forget f = " + forget.substring(2)));
    }

    @Test
    void theFiguresAreAccessibleAndReadableOnAPhone() {
        open("seq=abracadabra&seed=3&h=8&cell=gru");
        assertEquals(List.of(), Axe.seriousViolations(browser));
        for (String id : List.of("unrolled-article", "unrolled-widget")) {
            assertEquals("group", browser.find("#" + id + " svg").getAttribute("role"));
            assertTrue(!browser.find("#" + id + " svg").getAttribute("aria-label").isEmpty());
        }
        assertEquals("0", browser.find("#unrolled-widget [data-id=\"cell-0\"]").getAttribute("tabindex"));
        assertEquals(3, ((Number) browser.js("return document.querySelectorAll('#cell-diagrams .box.gate[tabindex=\"0\"]').length;"))
                .intValue(), "each of the GRU's three gates takes the focus");
        browser.size(375, 800);
        try {
            browser.waitUntil("the page fits the phone",
                    () -> ((Number) browser.js("return document.documentElement.scrollWidth;")).intValue() <= 375);
            assertTrue(((Number) browser.js("const s = document.querySelector('#unrolled-widget .figure-scroller');"
                    + "return s.scrollWidth - s.clientWidth;")).intValue() > 0, "the figure scrolls inside itself");
            assertEquals(12.0, ((Number) browser.js("return parseFloat(getComputedStyle(document.querySelector("
                    + "'#unrolled-widget .box-label')).fontSize);")).doubleValue(), "its text keeps its size");
            browser.screenshotOf("#playground", "figures-375-" + engine);
        } finally {
            browser.size(1280, 900);
        }
    }
}
