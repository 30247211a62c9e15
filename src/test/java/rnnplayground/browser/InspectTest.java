package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import rnnplayground.app.ChangeReach;
import rnnplayground.app.ColorScale;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.core.Kernels;

/** Looking inside: tooltips, a cell's arithmetic, stepping, keyboard, colouring letters, hidden size, axe. */
class InspectTest extends PerEngineTest {
    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.errors());
        browser.emulateMedia(Map.of());
        browser.size(1280, 900);
    }

    /** Opens the page as every test here does, and waits until the table is filled. */
    @Override
    void open(String hash) {
        super.open(hash);
        browser.waitUntil("the table is filled", () -> widget.filledColumns() > 0);
    }

    /** Moves the mouse to the middle of cell (i, t) of the heatmap. */
    private Actions toCell(int i, int t) {
        WebElement canvas = browser.find("#heatmap");
        browser.js("arguments[0].scrollIntoView({block: 'center'});", canvas);
        double[] size = canvasCssSize();
        int steps = widget.values().length;
        int hidden = widget.values()[0].length;
        int x = (int) Math.round((t + 0.5) * size[0] / steps - size[0] / 2);
        int y = (int) Math.round((i + 0.5) * size[1] / hidden - size[1] / 2);
        return new Actions(browser.driver).moveToElement(canvas, x, y);
    }

    @SuppressWarnings("unchecked")
    private double[] canvasCssSize() {
        List<Number> size = (List<Number>) browser.js(
                "const r = document.getElementById('heatmap').getBoundingClientRect(); return [r.width, r.height];");
        return new double[] {size.get(0).doubleValue(), size.get(1).doubleValue()};
    }

    private String tableText(int i, int t) {
        return (String) browser.js("return document.querySelectorAll('#numbers-table tbody tr')[arguments[0]]"
                + ".querySelectorAll('td')[arguments[1]].textContent;", i, t);
    }

    private double term(String name) {
        return Double.parseDouble(browser.find("#arithmetic [data-term='" + name + "']").getAttribute("data-value"));
    }

    private int markedStep() {
        return ((Number) browser.js("return Array.from(document.querySelectorAll('#strip span'))"
                + ".findIndex(s => s.classList.contains('current'));")).intValue();
    }

    @Test
    void tooltipShowsTheValueTheTableHolds() {
        open("");
        for (int[] cell : new int[][] {{3, 5}, {0, 0}, {15, 10}}) {
            toCell(cell[0], cell[1]).perform();
            WebElement tooltip = browser.find("#tooltip");
            browser.waitUntil("the tooltip shows", tooltip::isDisplayed);
            String text = tooltip.getText();
            assertTrue(text.contains("dimension " + cell[0]) && text.contains("step " + cell[1]), text);
            assertTrue(text.endsWith("value " + tableText(cell[0], cell[1])), text + " vs " + tableText(cell[0], cell[1]));
        }
    }

    @Test
    void aTapDoesWhatHoverDoesAndASecondTapOpensTheCell() {
        open("");
        browser.js("document.getElementById('heatmap').scrollIntoView({block: 'center'});");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.js("const r = document.getElementById('heatmap').getBoundingClientRect();"
                + "return [r.left + (5 + 0.5) * r.width / 11, r.top + (3 + 0.5) * r.height / 16];");
        Map<String, Object> tap = Map.of("x", point.get(0), "y", point.get(1), "gestureSourceType", "touch");
        browser.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        browser.driver.executeCdpCommand("Input.synthesizeTapGesture", tap);
        browser.waitUntil("the tooltip shows", () -> browser.find("#tooltip").isDisplayed());
        assertTrue(browser.find("#tooltip").getText().contains("value " + tableText(3, 5) + "\n"));
        assertFalse(browser.find("#arithmetic").isDisplayed(), "a first tap only shows the value");
        browser.driver.executeCdpCommand("Input.synthesizeTapGesture", tap);
        browser.waitUntil("the panel opens", () -> browser.find("#arithmetic").isDisplayed());
        assertTrue(browser.find("#arithmetic-title").getText().contains("h[3, 5]"));
        browser.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    @Test
    void theArithmeticAddsUpToTheCell() {
        open("");
        double[][] values = widget.values();
        for (int[] cell : new int[][] {{3, 5}, {0, 0}, {15, 10}, {7, 2}}) {
            toCell(cell[0], cell[1]).click().perform();
            WebElement panel = browser.find("#arithmetic");
            browser.waitUntil("the panel opens", panel::isDisplayed);
            assertTrue(browser.find("#arithmetic-title").getText().contains("h[" + cell[0] + ", " + cell[1] + "]"));
            double sum = term("input") + term("recurrent") + term("bias");
            assertEquals(term("sum"), sum, 1e-6, "the terms add up to the pre-activation");
            assertEquals(term("nonlinearity"), Kernels.tanh(term("sum")), 1e-6, "tanh of the sum is the value");
            assertEquals(values[cell[1]][cell[0]], term("nonlinearity"), 1e-9, "the value is the cell's");
            if (cell[1] == 0) {
                assertEquals(0.0, term("recurrent"), "h before the first step is zero");
            } else {
                assertTrue(feedingMarkAround(cell[1] - 1), "the column that fed the cell is outlined");
            }
        }
        browser.click("#arithmetic-close");
        assertFalse(browser.find("#arithmetic").isDisplayed());
    }

    @Test
    void aPredictionsArithmeticAddsUpToTheProbabilityOfTheTrainedNetwork() {
        String hash = "seq=abracadabra&seed=3&h=16&train=100&open=p:0,4";
        open(hash);
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 100);
        browser.waitUntil("the prediction's arithmetic is open", () -> browser.find("#arithmetic").isDisplayed()
                && browser.find("#arithmetic-title").getText().startsWith("p[a, 4]"));
        List<List<Object>> rows = widget.arithmeticRows();
        double[] logits = new double[6];
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < 6; j++) {
            List<List<Object>> group = rows.subList(3 * j, 3 * j + 3);
            double product = ((Number) group.get(0).get(2)).doubleValue();
            double bias = ((Number) group.get(1).get(2)).doubleValue();
            logits[j] = ((Number) group.get(2).get(2)).doubleValue();
            assertEquals(List.of("recurrent", "bias", "sum"), group.stream().map(r -> r.get(1)).toList());
            assertEquals(logits[j], product + bias, 1e-6, "logit " + j + " is its two terms added");
            largest = Math.max(largest, logits[j]);
        }
        double sum = 0;
        for (double logit : logits) {
            sum += Math.exp(logit - largest);
        }
        List<Double> softmax = rows.subList(18, rows.size()).stream().map(r -> ((Number) r.get(2)).doubleValue()).toList();
        assertEquals(4, softmax.size());
        assertEquals(largest, softmax.get(0), 1e-9, "m is the largest logit");
        assertEquals(Math.exp(logits[0] - largest), softmax.get(1), 1e-9, "e^(y_a - m)");
        assertEquals(sum, softmax.get(2), 1e-9, "the sum over the symbols");
        assertEquals(softmax.get(1) / softmax.get(2), softmax.get(3), 1e-9, "p is their quotient");
        double expected = Widget.trained(HashCodec.decode(hash).state).predictions().probability(4, 0);
        assertEquals(expected, softmax.get(3), 1e-9, "the probability the trained network gives");
        assertTrue(softmax.get(3) > 0.5, "after 100 steps the network expects the a that follows abrac: " + softmax.get(3));
    }

    @Test
    void theReachRowTellsHowFarTheFirstSymbolReachesFollowsTrainingThenTellsHowFarAnEditDid() {
        String hash = "#seq=abracadabra&seed=4&h=8";
        open(hash.substring(1));
        Model untrained = new Model(HashCodec.decode(hash).state);
        double[] untrainedReach = ChangeReach.ofFirstSymbol(untrained.network(), untrained.trajectory());
        assertReachTooltips(untrainedReach, 0, 5, 10);
        browser.click("#train");
        String atFirst = "step 5: h changed by " + NumberText.scientific(untrainedReach[5]);
        WebElement row = browser.find("#lane .grid-block.reach canvas");
        browser.waitUntil("the row follows training", () -> {
            widget.pointAt(row, 0, 5).perform();
            String tooltip = browser.find("#tooltip").getText();
            return tooltip.contains("step 5: h changed by ") && !tooltip.contains(atFirst);
        });
        if (browser.find("#train").getAttribute("aria-pressed").equals("true")) {
            browser.click("#train");
        }
        browser.waitUntil("the link holds every step", () -> widget.trainingStep() > 0
                && widget.hash().endsWith("&train=" + widget.trainingStep()));
        Model before = Widget.trained(HashCodec.decode(widget.hash()).state);
        assertReachTooltips(ChangeReach.ofFirstSymbol(before.network(), before.trajectory()), 0, 5, 10); // settled: the JVM's bits
        widget.typeAt(5, 6, "b");
        browser.waitUntil("the row tells the edit's reach", () -> browser.find("#lane .grid-block.reach .grid-caption")
                .getText().contains("with the edit"));
        browser.waitUntil("the link holds the edit", () -> widget.hash().contains("seq=abracbdabra"));
        Model after = Widget.trained(HashCodec.decode(widget.hash()).state);
        double[] reach = ChangeReach.ofEdit(before.trajectory().states(), 11, after.trajectory(), 5);
        assertTrue(reach[4] == 0 && reach[5] > 0, "an edit reaches forward only: " + Arrays.toString(reach));
        assertReachTooltips(reach, 4, 5, 10);
    }

    /** Pointing at each of {@code steps} in the reach row shows the value of {@code reach} there. */
    private void assertReachTooltips(double[] reach, int... steps) {
        WebElement row = browser.find("#lane .grid-block.reach canvas");
        for (int t : steps) {
            widget.pointAt(row, 0, t).perform();
            String expected = "step " + t + ": h changed by " + NumberText.scientific(reach[t]);
            browser.waitUntil("the tooltip says " + expected, () -> browser.find("#tooltip").getText().contains(expected));
        }
    }

    /** Whether the dashed mark of the column that fed a cell is on show around column t, all rows. */
    private boolean feedingMarkAround(int t) {
        return (Boolean) browser.js("const m = document.querySelector('.heatmap-mark.feeding');"
                + "if (m.hidden) return false;"
                + "const c = document.getElementById('heatmap').getBoundingClientRect();"
                + "const r = m.getBoundingClientRect();"
                + "const cell = c.width / document.getElementById('heatmap').width;"
                + "return Math.abs(r.left - c.left - arguments[0] * cell) < 0.5 && Math.abs(r.width - cell) < 0.5"
                + "  && Math.abs(r.top - c.top) < 0.5 && Math.abs(r.height - c.height) < 0.5;", t);
    }

    @Test
    void stepBackAndForwardMoveTheMarkerByOneColumn() {
        open("");
        browser.click("#step-back");
        assertEquals(10, widget.filledColumns());
        assertEquals(9, markedStep());
        browser.click("#step-back");
        assertEquals(8, markedStep());
        browser.click("#step-forward");
        assertEquals(9, markedStep());
        assertEquals(10, widget.filledColumns());
        assertEquals(10, widget.paintedColumns());
        browser.size(900, 900);
        browser.waitUntil("the grids are laid out at the new width", () -> (Boolean) browser.js(
                "return document.getElementById('heatmap').getBoundingClientRect().width < 800;"));
        assertEquals("step 9 of 0–10", browser.find("#position").getText(), "a new width keeps the playback where it is");
        assertEquals(9, markedStep());
        assertEquals(10, widget.filledColumns());
        assertEquals(10, widget.paintedColumns());
    }

    @Test
    void scrubbingToStepKShowsKColumns() {
        open("");
        WebElement scrub = browser.find("#scrub");
        scrub.sendKeys(Keys.HOME);
        assertEquals(0, widget.filledColumns());
        for (int k = 1; k <= 4; k++) {
            scrub.sendKeys(Keys.ARROW_RIGHT);
        }
        assertEquals(4, widget.filledColumns());
        assertEquals(4, widget.paintedColumns());
        assertEquals("step 3 of 0–10", browser.find("#position").getText());
        assertEquals(3, markedStep());
    }

    @Test
    void keyboardOnlyReachesTheHeatmapAndOpensAndClosesTheArithmetic() {
        open("");
        browser.js("document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int k = 0; k < 80 && !"heatmap".equals(activeId()); k++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals("heatmap", activeId(), "Tab reaches the heatmap");
        String ring = (String) browser.js("return getComputedStyle(document.activeElement).outlineStyle;");
        assertEquals("solid", ring, "a visible focus ring");
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ARROW_DOWN,
                Keys.ARROW_DOWN).perform();
        String status = browser.find("#cell-status").getText();
        assertTrue(status.startsWith("dimension 3, step 2, reads “r”, value " + tableText(3, 2)), status);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertTrue(browser.find("#arithmetic").isDisplayed());
        assertTrue(browser.find("#arithmetic-title").getText().contains("h[3, 2]"));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(browser.find("#arithmetic").isDisplayed());
        assertEquals("heatmap", activeId(), "the focus goes back to the heatmap");
        browser.type(" ");
        assertEquals("Pause", browser.find("#play").getAttribute("aria-label"), "space plays");
        browser.type(" ");
        assertEquals("Play", browser.find("#play").getAttribute("aria-label"), "space pauses");
        browser.find("#lane .lane-p").sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntil("a prediction's arithmetic opens", () -> browser.find("#arithmetic").isDisplayed()
                && browser.find("#arithmetic-title").getText().startsWith("p["));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(browser.find("#arithmetic").isDisplayed());
        assertEquals(true, browser.js("return document.activeElement === document.querySelector('#lane .lane-p');"),
                "the focus goes back to the predictions");
    }

    private String activeId() {
        return (String) browser.js("return document.activeElement && document.activeElement.id;");
    }

    @Test
    void choosingADimensionColoursTheLettersWithItsValues() {
        open("");
        new Select(browser.find("#dimension")).selectByValue("2");
        double[][] values = widget.values();
        List<String> expected = new ArrayList<>();
        for (int t = 0; t < 11; t++) {
            int rgb = ColorScale.STATE.rgb(values[t][2]);
            expected.add("rgb(" + (rgb >> 16) + ", " + ((rgb >> 8) & 255) + ", " + (rgb & 255) + ")");
        }
        // computed colours, once the letters' colour transition has ended
        browser.waitUntil("the letters take dimension 2's colours", () -> expected.equals(browser.js(
                "return Array.from(document.querySelectorAll('#strip span')).map(s => getComputedStyle(s).backgroundColor);")));
    }

    @Test
    void hiddenSizesFourAndSixtyFourRenderThatManyRows() {
        open("");
        WebElement size = browser.find("#hidden-size");
        for (int h : new int[] {4, 64}) {
            size.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(h), Keys.TAB);
            browser.waitUntil("the table has " + h + " rows", () -> widget.values()[0].length == h);
            assertArrayEquals(Widget.expected("abracadabra", 1, h), widget.values());
            double rowHeight = canvasCssSize()[1] / h;
            assertEquals(Math.rint(rowHeight), rowHeight, 1e-9, "whole CSS pixels per row");
            assertTrue(browser.driver.getCurrentUrl().contains("h=" + h));
            assertEquals(h + 1, new Select(browser.find("#dimension")).getOptions().size());
        }
        size.sendKeys(Keys.chord(Keys.CONTROL, "a"), "70", Keys.TAB);
        assertEquals("70", size.getAttribute("value"), "what was typed stays");
        assertTrue(browser.find("#hidden-size-message").getText().contains("4 to 64"));
        assertEquals(64, widget.values()[0].length);
    }

    @Test
    void anEditsOutlineAndSentenceStayUntilTheNextEditOrUntilPutAway() {
        open("");
        widget.typeAt(5, 6, "b");
        assertEquals(List.of(false, false, false, false, false, true, true, true, true, true, true), changedLetters());
        String sentence = "Steps 5–10 changed; steps 0–4 did not: a change can only travel forward.";
        assertEquals(sentence, browser.find("#edit-note-text").getText());
        assertEquals("polite", browser.find("#edit-note").getAttribute("aria-live"));
        double editedAt = ((Number) browser.js("return performance.now();")).doubleValue();
        browser.waitUntil("five seconds pass in the page",
                () -> ((Number) browser.js("return performance.now();")).doubleValue() > editedAt + 5000);
        assertTrue(browser.find("#edit-note").isDisplayed(), "the sentence stays");
        assertTrue(changedLetters().contains(true), "the outline stays");
        assertTrue(browser.find(".heatmap-mark.changed").isDisplayed());
        browser.click("#edit-note-close");
        assertFalse(browser.find("#edit-note").isDisplayed());
        assertFalse(changedLetters().contains(true));
        widget.typeAt(9, 10, "d");
        assertEquals("Steps 9–10 changed; steps 0–8 did not: a change can only travel forward.",
                browser.find("#edit-note-text").getText());
    }

    @SuppressWarnings("unchecked")
    private List<Boolean> changedLetters() {
        return (List<Boolean>) browser.js("return Array.from(document.querySelectorAll('#strip span'))"
                + ".map(s => s.classList.contains('changed'));");
    }

    @Test
    void reducedMotionFillsAtOnce() {
        browser.emulateMedia(Map.of("prefers-reduced-motion", "reduce"));
        open("");
        browser.click("#replay");
        assertEquals(11, widget.filledColumns());
        assertEquals(-1, markedStep());
    }

    @Test
    void phoneKeepsTheTooltipAndThePanelOnScreen() {
        browser.size(375, 812);
        open("");
        toCell(15, 10).perform();
        browser.waitUntil("the tooltip shows", () -> browser.find("#tooltip").isDisplayed());
        assertOnScreen("#tooltip");
        toCell(15, 10).click().perform();
        assertOnScreen("#arithmetic");
        browser.screenshotOf("#arithmetic", "arithmetic-375-" + engine);
        browser.size(1280, 900);
        open("");
        toCell(5, 6).click().perform();
        browser.screenshotOf("#playground", "arithmetic-1280-" + engine);
    }

    private void assertOnScreen(String css) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) browser.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.left, r.right, window.innerWidth];", css);
        assertTrue(r.get(0).doubleValue() >= 0 && r.get(1).doubleValue() <= r.get(2).doubleValue(),
                css + " is within the viewport: " + r);
    }

    @Test
    void axeFindsNoSeriousViolationsWithOrWithoutThePanel() {
        open("");
        assertEquals(List.of(), Axe.seriousViolations(browser));
        toCell(3, 5).click().perform();
        assertTrue(browser.find("#arithmetic").isDisplayed());
        assertEquals(List.of(), Axe.seriousViolationsIn(browser, "#playground"), "the widget with the panel open");
    }
}
