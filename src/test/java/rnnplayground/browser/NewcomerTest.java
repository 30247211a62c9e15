package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import rnnplayground.app.Plateau;

/**
 * What a newcomer tripped on in the lab (issue 26): a change of ρ that could not be undone, a
 * temperature that showed nothing, training that never stopped, influence rows without numbers, a
 * sheet that hid half a phone, marks and symbols without words, links that forgot what was open.
 */
class NewcomerTest extends FilledPageTest {
    /** The loss chart's pixels. */
    private String chart() {
        return (String) browser.js("return document.getElementById('loss-chart').toDataURL();");
    }

    /** Every parameter's heatmap under "Show weights", as pixels. */
    @SuppressWarnings("unchecked")
    private List<String> weights() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#weights-box canvas'), c => c.toDataURL());");
    }

    private boolean displayed(String css) {
        List<WebElement> found = browser.driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    @Test
    void undoAfterANewRhoBringsBackTheSameChartWeightsAndLink() {
        open("seq=abracadabra&seed=1&h=16&train=200&open=h:3,5&panels=inspect,weights");
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 200);
        browser.waitUntil("the weights are drawn", () -> weights().size() == 5);
        String chart = chart();
        List<String> weights = weights();
        double[][] values = widget.values();
        String hash = widget.hash();
        browser.find("#recurrent-scale").sendKeys(Keys.ARROW_RIGHT);
        browser.waitUntil("new networks, at step 0", () -> widget.trainingStatus().startsWith("Step 0"));
        assertTrue(displayed(".training .undo-note"), "Undo shows under the training status");
        String note = browser.find(".training .undo-note").getText();
        assertTrue(note.contains("ρ 0.95") && note.contains("trained for 200 steps"), note);
        assertTrue(displayed("#arithmetic") && browser.find("#arithmetic-title").getText().startsWith("h[3, 5]"),
                "the chosen value stays chosen, its arithmetic open");
        assertTrue(widget.hash().contains("open=h:3,5"), widget.hash());
        assertNotEquals(chart, chart());
        browser.waitUntil("the new weights are drawn", () -> !weights().equals(weights));
        assertTrue(displayed("#group-cell .undo-note"), "and beside the setting changed");
        browser.screenshotOf("#group-training", "set-aside-" + engine);

        browser.click(".training .undo-note button");
        browser.waitUntil("back at step 200", () -> widget.trainingStep() == 200);
        browser.waitUntil("the same weights, drawn again", () -> weights().equals(weights));
        assertEquals(chart, chart(), "the same loss chart, pixel for pixel");
        assertArrayEquals(values, widget.values(), "the same states");
        assertEquals(hash, widget.hash(), "the same link");
        assertEquals("0.9", browser.find("#recurrent-scale-value").getText());
        assertFalse(displayed(".undo-note"), "nothing left to undo");
        browser.screenshotOf("#group-training", "undone-" + engine);
    }

    /** The heights of the bars the sample draws from, symbol by symbol. */
    @SuppressWarnings("unchecked")
    private List<Double> temperedBars() {
        List<Number> heights = (List<Number>) browser.js("return Array.from(document.querySelectorAll("
                + "'#next-symbol-host .box.bar.tempered:not(.key) rect'), r => parseFloat(r.getAttribute('height')));");
        return heights.stream().map(Number::doubleValue).collect(Collectors.toList());
    }

    /** Moves the temperature slider to index {@code k}, as a finger does: input events, no change yet. */
    private void slideTemperatureTo(int k) {
        browser.js("const s = document.getElementById('temperature'); s.value = arguments[0];"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));", k);
    }

    @Test
    void theTemperatureMovesAChartOfTheNextSymbol() {
        open("seq=abracadabra&seed=1&h=16&train=60");
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 60);
        browser.find("#next-symbol");
        assertTrue(browser.find("#temperature-help").getText().startsWith("Temperature τ divides the network's scores"));
        List<Double> atOne = temperedBars();
        assertEquals(6, atOne.size());
        assertTrue(browser.find("#next-symbol-title").getText().endsWith("at τ = 1, which the sample draws from"),
                "at τ = 1 the temperature is named once: " + browser.find("#next-symbol-title").getText());
        slideTemperatureTo(1);
        assertEquals("0.2", browser.find("#next-symbol").getAttribute("data-temperature"));
        List<Double> cold = temperedBars();
        slideTemperatureTo(19);
        assertEquals("2", browser.find("#next-symbol").getAttribute("data-temperature"));
        List<Double> hot = temperedBars();
        assertNotEquals(cold, hot);
        int top = cold.indexOf(cold.stream().max(Double::compare).get());
        assertTrue(cold.get(top) > atOne.get(top) && atOne.get(top) > hot.get(top),
                "the likeliest symbol takes more at 0.2 and less at 2: " + cold + " " + atOne + " " + hot);
        String title = browser.find("#next-symbol-title").getText();
        assertTrue(title.startsWith("After step 10, which read “a”") && title.endsWith("at τ = 1 and at τ = 2"), title);
        browser.screenshotOf("#next-symbol", "next-symbol-at-2-" + engine);
    }

    @Test
    void trainingAtTheDefaultsStopsByItselfWithinAMinuteAndGoesOnWhenAsked() {
        open("");
        String readout = browser.find("#recurrent-readout").getText();
        long start = System.nanoTime();
        browser.click("#train");
        new FluentWait<>(browser).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200))
                .withMessage("training stops by itself").ignoring(RuntimeException.class)
                .until(b -> widget.trainingStatus().contains("Stopped: the loss no longer fell over the last "
                        + Plateau.WINDOW + " steps"));
        double seconds = (System.nanoTime() - start) / 1e9;
        int steps = widget.trainingStep();
        System.out.println("[" + engine + "] training at the defaults stopped by itself at step " + steps + " after "
                + String.format("%.1f", seconds) + " s");
        assertEquals("false", browser.find("#train").getAttribute("aria-pressed"));
        assertTrue(widget.trainingStatus().contains("a uniform guess: ln 6 = 1.79"), widget.trainingStatus());
        assertTrue(widget.trainingLoss() < 0.01, widget.trainingStatus());
        assertTrue(browser.find("#loss-key").getText().contains("ln 6 = 1.79, a uniform guess"));
        browser.waitUntil("the ρ line is measured again on the trained weights", () -> {
            String now = browser.find("#recurrent-readout").getText();
            return !now.equals(readout) && !now.contains("Measured at step");
        });
        browser.screenshotOf("#group-training", "training-stopped-1280-" + engine);
        browser.click("#train");
        browser.waitUntil("training goes on", () -> widget.trainingStep() > steps + 10);
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
    }

    /** {top, height} of the arithmetic on screen. */
    @SuppressWarnings("unchecked")
    private double sheetHeight() {
        return ((Number) browser.js("return document.getElementById('arithmetic').getBoundingClientRect().height;")).doubleValue();
    }

    @Test
    void onAPhoneTheSheetTakesLessThanHalfGrowsOnAskingAndClosingKeepsTheChoice() {
        assumeTrue(engine == Engine.JS, "the same page on both engines: layout and words");
        browser.size(375, 740);
        open("seq=abracadabra&seed=1&h=16&open=h:3,5");
        browser.waitUntil("the sheet opens", () -> displayed("#arithmetic"));
        double height = ((Number) browser.js("return innerHeight;")).doubleValue();
        double first = sheetHeight();
        System.out.println("[" + engine + "] the sheet at 375 × 740: " + Math.round(first) + " px, "
                + Math.round(100 * first / height) + "% of the window");
        assertTrue(first <= 0.45 * height, "the sheet takes at most 45%: " + first + " of " + height);
        browser.click("#arithmetic-grip");
        browser.waitUntil("the grip makes it taller", () -> sheetHeight() > 0.6 * height);
        browser.click("#arithmetic-grip");
        browser.waitUntil("and shorter again", () -> sheetHeight() <= 0.45 * height);
        widget.waitForTheScrollToSettle();
        browser.screenshotOfWindow("sheet-375-" + engine);

        browser.click("#arithmetic-close");
        assertFalse(displayed("#arithmetic"));
        assertTrue(widget.hash().contains("open=h:3,5"), "closing keeps open= in the link: " + widget.hash());
        assertTrue(browser.find("#choice-note").getText().startsWith("h[3, 5] stays chosen"));
        assertTrue(displayed("#lane .heatmap-mark.feeding"), "the column that fed it stays outlined");
        assertTrue(browser.find("#lane .grid-block.influence .grid-caption").getText().contains("h[3, 5]"));

        if ("false".equals(browser.find("#zoom").getAttribute("aria-checked"))) {
            browser.click("#zoom");
        }
        assertEquals("Bigger cells on", browser.find("#zoom").getText().replaceAll("\\s+", " "));
        assertEquals(0L, browser.js("const b = document.getElementById('heatmap-box'); return b.scrollWidth - b.clientWidth;"),
                "with bigger cells, no column of the default sequence is clipped");
        browser.click("#zoom");
        browser.click("#choice-open");
        browser.waitUntil("the arithmetic opens again", () -> displayed("#arithmetic"));
    }

    @Test
    void aLinkKeepsTheOpenPanelsAndTheDetectorAndTheNumbersFit() {
        assumeTrue(engine == Engine.JS, "the same page on both engines: layout and words");
        open("seq=abracadabra&seed=1&h=16&panels=inspect,numbers,weights&detector=r");
        for (String id : new String[] {"group-training", "group-cell", "group-inspect", "numbers", "weights"}) {
            assertEquals("true", browser.js("return String(document.getElementById(arguments[0]).open);", id), id + " open");
        }
        assertEquals("false", browser.js("return String(document.getElementById('group-share').open);"));
        assertEquals("2", browser.find("#detector").getAttribute("value"));
        assertTrue(displayed("#detector-ranking"), "the detector's ranking shows");
        assertEquals(0L, browser.js("const b = document.querySelector('.numbers-box'); return b.scrollWidth - b.clientWidth;"),
                "at 1280 px the numbers table of the default sequence is not clipped: column 10 shows");
        browser.screenshotOf("#numbers", "numbers-1280-" + engine);
        browser.waitUntil("the weights are drawn", () -> weights().size() == 5);
        browser.click("#weights summary");
        browser.waitUntil("the link follows", () -> widget.hash().endsWith("&panels=inspect,numbers&detector=r"));
        browser.js("document.getElementById('group-training').open = false;");
        browser.waitUntil("a group closed is kept too", () -> widget.hash().contains("&panels=-training,inspect,numbers&"));
    }

    @Test
    void anEmbedShowsTheInfluenceRowsRhoAndTheLegendsWords() {
        assumeTrue(engine == Engine.JS, "the same page on both engines: layout and words");
        browser.open("embed&engine=" + engine, "seq=abracadabra&seed=1&h=16&open=h:3,10");
        browser.waitUntil("the influence rows show", () -> displayed("#lane .grid-block.influence")
                && browser.find("#lane .grid-block.influence .grid-caption").getText().contains("h[3, 10]"));
        assertTrue(displayed("#recurrent-scale"), "ρ is in the embed");
        assertTrue(displayed(".legend-caption"), "the legends say what they are");
        assertTrue(displayed(".influence-legend"), "with the influence rows' scale");
        browser.screenshot("embed-influence-" + engine);
    }

    @Test
    void theInfluenceRowsHaveNumbersAScaleAndAPinnedRowAcrossAChangeOfRho() {
        open("seq=abracadabra&seed=1&h=16&open=h:3,10&panels=inspect,numbers");
        assertEquals(List.of("10⁻⁸", "10⁻⁶", "10⁻⁴", "0.01", "1"), browser.js(
                "return Array.from(document.querySelectorAll('#lane .influence-legend .legend-ticks span'), s => s.textContent);"));
        browser.waitUntil("the ∂ rows as numbers", () -> ((Number) browser.js(
                "return document.querySelectorAll('#influence-table tbody tr').length;")).intValue() == 11);
        widget.pointAt(browser.find("#lane .grid-block.influence canvas"), 0, 4).perform();
        browser.waitUntil("the tooltip gives the value and its share", () -> browser.find("#tooltip").getText()
                .matches("step 4: ‖∂v/∂h‖ = .*, .* of the row's largest"));
        browser.click("#lane .grid-block.influence .grid-action");
        browser.waitUntil("the row is pinned", () -> displayed("#lane .grid-block.pinned"));
        String pinned = browser.find("#lane .grid-block.pinned .grid-caption").getText();
        assertTrue(pinned.contains("h[3, 10]") && pinned.contains("ρ 0.9"), pinned);
        String row = (String) browser.js("return document.querySelector('#lane .grid-block.pinned canvas').toDataURL();");
        browser.find("#recurrent-scale").sendKeys(Keys.END);
        browser.waitUntil("new networks", () -> browser.find("#recurrent-scale-value").getText().equals("2"));
        assertEquals(pinned, browser.find("#lane .grid-block.pinned .grid-caption").getText(), "the pinned row stays");
        assertEquals(row, browser.js("return document.querySelector('#lane .grid-block.pinned canvas').toDataURL();"));
        browser.waitUntil("the numbers have the pinned row", () -> browser.find("#influence-table thead").getText()
                .contains("pinned"));
        if (engine == Engine.JS) { // the same page on both engines
            assertEquals(List.of(), Axe.seriousViolations(browser), "with the rows, the pin and the numbers");
        }
        browser.screenshotOf("#heatmap-box", "influence-pinned-" + engine);
    }

    @Test
    void wordsAndMarksSayWhatTheyAre() {
        assumeTrue(engine == Engine.JS, "the same page on both engines: layout and words");
        open("seq=ab%20%20%20cd&seed=1&h=8&compare=gru");
        assertEquals("ab␣␣␣cd", browser.find("#samples .sample-line .sample-text").getText(), "every space can be counted");
        assertTrue(browser.find("#sample-note").getText().startsWith("Before training, both networks"),
                browser.find("#sample-note").getText());
        widget.openCell("heatmap", 2, 4);
        String where = browser.find("#arithmetic-symbols").getText();
        assertTrue(where.contains("i = 2 the dimension") && where.contains("is the cell's whole state"), where);
        assertTrue(displayed("#marks-key"));
        String truth = (String) browser.js("return getComputedStyle(document.querySelector('#lane .heatmap-mark.truth')).borderRadius;");
        widget.pointAt("predictions", 0, 0).perform();
        String pointed = ".heatmap-stack:has(#predictions) .heatmap-mark.hover";
        browser.waitUntil("the hover mark shows", () -> displayed(pointed));
        @SuppressWarnings("unchecked")
        List<String> hover = (List<String>) browser.js("const s = getComputedStyle(document.querySelector(arguments[0]));"
                + "return [s.borderRadius, s.borderTopColor, getComputedStyle(document.querySelector('#lane .heatmap-mark.truth')).borderTopColor];", pointed);
        assertEquals("50%", truth, "the true next symbol is ringed");
        assertEquals("0px", hover.get(0), "the cell pointed at is a square");
        assertNotEquals(hover.get(2), hover.get(1), "in another colour");
    }
}
