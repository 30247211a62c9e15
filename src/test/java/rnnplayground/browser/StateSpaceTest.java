package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import rnnplayground.app.ExportText;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.space.FixedPointText;
import rnnplayground.app.space.StatePlot;
import rnnplayground.app.space.StateSpace;
import rnnplayground.app.space.StateSpaceCsv;
import rnnplayground.core.FixedPoint;

/**
 * The state space in the page: it says the same as the JVM's computation of the same (the shares of
 * the variance, every fixed point and its details, a slow point where a search does not converge, the
 * CSV), follows the step read and selects one, follows the weights while training (its fixed points
 * searched once it pauses), has a message in place of a plot with nothing to draw, travels in the link,
 * and is accessible and readable on a phone. One page load a test where it can: the class is one of
 * many in the suite.
 */
class StateSpaceTest extends PerEngineTest {
    private static final String LINK = "seq=abracadabra&seed=1&h=16&space=on";

    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    /** The state space of a link's first network as the JVM computes it, its fixed points searched to the end. */
    private static StateSpace expected(Model model) {
        StateSpace space = new StateSpace();
        space.project(model.trajectory());
        space.startSearch(model.trajectory());
        space.searchAll();
        return space;
    }

    private String caption() {
        return (String) browser.js("return document.querySelector('#state-space .figure-caption').textContent;");
    }

    /** Waits until the first plot's fixed points are all searched, and returns its caption. */
    private String searched() {
        browser.waitUntil("the fixed points are searched", () -> caption().contains("Fixed points: “a”"));
        return caption();
    }

    /** The step marked in the first plot, or -1. */
    private int markedStep() {
        return ((Number) browser.js("const d = document.querySelector('#state-space-0 .dot.step.current');"
                + "return d ? Number(d.getAttribute('data-step')) : -1;")).intValue();
    }

    private void clickDot(String css) {
        browser.js("document.querySelector(arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}));", css);
    }

    /** A click on the group's summary, as a person opens or folds it. */
    private void toggleGroup() {
        browser.js("document.querySelector('#group-space > summary').click();");
    }

    /**
     * The plot of {@code hash}'s first network says what the JVM computes: its description (the shares
     * and every symbol's points), its axes, a diamond a point with its tooltip, and a diamond's details.
     */
    private void assertSameAsTheJvm(String hash, Model model, StateSpace space) {
        assertEquals(StatePlot.description(model.trajectory(), space, markedStep()), searched(), hash);
        assertEquals(List.of(StatePlot.axisName(space.components(), 0), StatePlot.axisName(space.components(), 1)),
                browser.js("return Array.from(document.querySelectorAll('#state-space-0 .label.axis-name'))"
                        + ".map(l => l.textContent);"), hash);
        assertEquals(space.fixedPoints().size(), ((Number) browser.js(
                "return document.querySelectorAll('#state-space-0 .dot.fixed').length;")).intValue(), hash);
        FixedPoint first = space.fixedPoints().get(0);
        assertEquals(FixedPointText.tooltip(first), browser.js(
                "return document.querySelector('#state-space-0 .dot.fixed title').textContent;"), hash);
        clickDot("#state-space-0 .dot.fixed");
        browser.waitUntil("the point's details open", () -> browser.find("#space-point").isDisplayed());
        assertEquals(FixedPointText.title(first), browser.find("#space-point-title").getText());
        List<String> values = new ArrayList<>();
        for (String[] row : FixedPointText.rows(first, space, model.network().cell.kind())) {
            values.add(row[1]);
        }
        assertEquals(values, browser.js("return Array.from(document.querySelectorAll('#space-point-rows td'))"
                + ".map(c => c.textContent);"), hash + ": the details' rows");
        assertEquals(FixedPointText.meaning(first), browser.find("#space-point-meaning").getText());
        browser.find("#space-point").sendKeys(Keys.ESCAPE);
        browser.waitUntil("Escape closes the details", () -> !browser.find("#space-point").isDisplayed());
    }

    @Test
    void thePlotSaysWhatTheJvmComputesFollowsTheStepAndFollowsTraining() {
        open(LINK);
        Model model = Widget.trained(HashCodec.decode(LINK).state);
        assertSameAsTheJvm(LINK, model, expected(model));
        assertEquals(true, browser.js("return rnnPlaygroundWorker.last instanceof Worker;"),
                "the fixed points were searched in a worker (nothing here trains)");
        assertEquals(11, ((Number) browser.js("return document.querySelectorAll('#state-space-0 .dot.step').length;"))
                .intValue(), "a dot a step");
        assertEquals(-1, markedStep(), "every step shown, none read");
        clickDot("#state-space-0 .dot.step[data-step=\"6\"]");
        browser.waitUntil("step 6 is read everywhere", () -> markedStep() == 6);
        assertEquals("7", browser.find("#scrub").getAttribute("value"), "the replay shows steps 0 to 6");
        assertEquals(1, ((Number) browser.js("return document.querySelectorAll("
                + "'#unrolled-widget .box.cell.current').length;")).intValue(), "the unrolled network marks it too");
        browser.click("#step-forward");
        browser.waitUntil("Step forward moves the plot's mark", () -> markedStep() == 7);
        assertTrue(caption().contains(" Step 7 (“a”) is at ("), caption());
        browser.js("document.querySelector('#state-space-0 .dot.step[data-step=\"7\"]').focus();");
        browser.type(Keys.ARROW_LEFT.toString() + Keys.ARROW_LEFT + Keys.ENTER);
        browser.waitUntil("the arrow keys and Enter select a step", () -> markedStep() == 5);
        assertEquals("5", browser.js("return document.activeElement.getAttribute('data-step');"),
                "the dot keeps the focus when it is drawn on top");
        String before = dotAt(5);
        // the search's worker killed: the next search finds it silent and goes on in the page
        browser.js("rnnPlaygroundWorker.last.terminate(); return null;");
        browser.click("#train");
        browser.waitUntil("while training the plot follows the weights and the search waits", () ->
                caption().contains("Fixed points: searched once training pauses.") && !dotAt(5).equals(before));
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> "false".equals(browser.find("#train").getAttribute("aria-pressed")));
        String trained = widget.hash();
        Model after = Widget.trained(HashCodec.decode(trained).state);
        assertSameAsTheJvm(trained, after, expected(after));
    }

    /** Where step {@code t}'s dot is drawn in the first plot. */
    private String dotAt(int t) {
        return (String) browser.js("const c = document.querySelector('#state-space-0 .dot.step[data-step=\"' + arguments[0]"
                + " + '\"] circle'); return c.getAttribute('cx') + ',' + c.getAttribute('cy');", t);
    }

    /** The LSTM's plot: its whole state's points (h and c) as the JVM finds them, and its CSV and PNG made in the page. */
    @Test
    void anLstmsPlotAndItsDownloads() throws Exception {
        Path downloads = browser.allowDownloads();
        String hash = LINK + "&cell=lstm";
        open(hash);
        Model model = Widget.trained(HashCodec.decode(hash).state);
        StateSpace space = expected(model);
        assertSameAsTheJvm(hash, model, space);
        String name = ExportText.fileName("space1", HashCodec.decode(hash).state, "csv");
        browser.click("#state-space .space-save-csv");
        assertEquals(StateSpaceCsv.of(model.trajectory(), space),
                Files.readString(browser.downloaded(downloads, name)), "the same points as the JVM's");
        String png = ExportText.fileName("space1", HashCodec.decode(hash).state, "png");
        browser.click("#state-space .figure-save-png");
        byte[] image = Files.readAllBytes(browser.downloaded(downloads, png));
        assertEquals((byte) 0x89, image[0]);
        assertEquals('P', image[1]);
        Path shots = Files.createDirectories(Site.BUILD.resolve("screenshots"));
        Files.copy(browser.downloaded(downloads, png), shots.resolve("state-space-download-" + engine + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Trained from the link at ρ = 2, the GRU's search for “a” ends at a slow point too, and says so. */
    @Test
    void aSearchThatDoesNotConvergeSaysSo() {
        String hash = "seq=abracadabra&seed=1&h=16&cell=gru&rho=2&train=100&space=on";
        open(hash);
        Model model = Widget.trained(HashCodec.decode(hash).state);
        StateSpace space = expected(model);
        String expected = StatePlot.description(model.trajectory(), space, -1);
        assertTrue(expected.contains("a slow point (the search did not converge)"), expected);
        browser.waitUntil("the link's training is done and its points searched", () -> caption().equals(expected));
        assertEquals(1, ((Number) browser.js("return document.querySelectorAll('#state-space-0 .dot.fixed.dashed').length;"))
                .intValue(), "the slow point's mark is dashed");
        assertTrue(((String) browser.js("return document.querySelector('#state-space-0 svg').textContent;"))
                .contains("slow point: the search did not converge"), "the legend says what a dashed mark is");
    }

    /**
     * Folded by default and computed only when opened; opened, the link says so, one step gives a
     * message in place of the plot (never NaN) until more is typed, and the link reopens it.
     */
    @Test
    void theLinkSaysWhetherThePlotIsShownAndOneStepGivesAMessage() {
        open("seq=a&seed=1&h=16");
        assertFalse(browser.pageHas("document.getElementById('group-space').open"), "folded by default");
        assertFalse(browser.pageHas("document.querySelector('#state-space svg')"), "nothing computed while folded");
        toggleGroup();
        browser.waitUntil("the message", () -> browser.find("#state-space .space-message").isDisplayed());
        assertTrue(browser.find("#state-space .space-message").getText().startsWith("One step leaves one state"));
        assertFalse(browser.find("#state-space .figure-scroller").isDisplayed());
        assertFalse(browser.find("#state-space .figure-actions").isDisplayed(), "nothing to download");
        browser.waitUntil("the link says so", () -> widget.hash().endsWith("&space=on"));
        browser.find("#sequence").sendKeys(Keys.END, "bra");
        browser.waitUntil("typing more draws the plot", () -> browser.find("#state-space .figure-scroller").isDisplayed());
        searched();
        assertFalse(browser.find("#state-space .space-message").isDisplayed());
        assertFalse(((String) browser.js("return document.getElementById('group-space').textContent;")).contains("NaN"));
        String shown = widget.hash().substring(1);
        assertTrue(shown.endsWith("&space=on"), shown);
        open(shown);
        assertTrue(browser.pageHas("document.getElementById('group-space').open"), "the link reopens it");
        browser.waitUntil("with its plot", () -> browser.pageHas("document.querySelector('#state-space-0 svg')"));
        toggleGroup();
        browser.waitUntil("folding it takes it out of the link", () -> !widget.hash().contains("space="));
    }

    @Test
    void itIsAccessibleAndReadableOnAPhone() {
        open(LINK + "&compare=gru");
        searched();
        assertEquals(2, ((Number) browser.js("return document.querySelectorAll('#state-space .space-plot svg').length;"))
                .intValue(), "a plot per network");
        assertTrue(((String) browser.js("return document.querySelector('#group-space .space-notes').textContent.trim();"))
                .startsWith("Where the memory lives"), "the prose beside the plots");
        assertEquals(List.of(), Axe.seriousViolationsIn(browser, "#group-space"));
        browser.size(375, 800);
        try {
            browser.waitUntil("the page fits the phone",
                    () -> ((Number) browser.js("return document.documentElement.scrollWidth;")).intValue() <= 375);
            browser.waitUntil("the plot is laid out for the phone's width", () -> Boolean.TRUE.equals(browser.js(
                    "const s = document.querySelector('#state-space-0 svg');"
                    + "return s.getBoundingClientRect().width <= s.parentElement.parentElement.clientWidth"
                    + " && Number(s.getAttribute('width')) === s.getBoundingClientRect().width;")));
            assertTrue(((Number) browser.js("return parseFloat(getComputedStyle(document.querySelector("
                    + "'#state-space-0 .label.legend')).fontSize);")).doubleValue() >= 11, "its text keeps its size");
        } finally {
            browser.size(1280, 900);
        }
    }
}
