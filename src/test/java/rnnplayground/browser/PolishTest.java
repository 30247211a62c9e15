package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The smaller things a newcomer runs into: the tooltip hides no cell and the hovered one is outlined,
 * Play/Pause keeps its width, the heatmap fills its box at 1280 px, the engine line speaks plainly.
 */
class PolishTest extends FilledPageTest {
    @Test
    void theTooltipHidesNoCellAndTheHoveredCellIsOutlined() {
        open("seq=abracadabra&seed=1&h=16");
        for (int[] cell : new int[][] {{12, 6}, {0, 0}, {15, 10}}) {
            widget.pointAt("heatmap", cell[0], cell[1]).perform();
            browser.waitUntil("the tooltip shows", () -> browser.find("#tooltip").isDisplayed());
            List<Number> tooltip = rect("#tooltip");
            List<Number> grid = rect("#heatmap");
            assertTrue(tooltip.get(3).doubleValue() <= grid.get(1).doubleValue()
                    || tooltip.get(1).doubleValue() >= grid.get(3).doubleValue(),
                    "the tooltip " + tooltip + " is outside the heatmap " + grid);
            List<Number> mark = rect("#heatmap-box .heatmap-mark.hover");
            double width = (grid.get(2).doubleValue() - grid.get(0).doubleValue()) / 11;
            double height = (grid.get(3).doubleValue() - grid.get(1).doubleValue()) / 16;
            assertEquals(grid.get(0).doubleValue() + cell[1] * width, mark.get(0).doubleValue(), 0.5, "outline's left");
            assertEquals(grid.get(1).doubleValue() + cell[0] * height, mark.get(1).doubleValue(), 0.5, "outline's top");
        }
        widget.pointAt("predictions", 2, 3).perform();
        browser.waitUntil("the predictions' tooltip shows", () -> browser.find("#tooltip").getText().startsWith("after step 3"));
        assertFalse(browser.find("#heatmap-box .heatmap-mark.hover").isDisplayed(), "the heatmap's outline went with the pointer");
    }

    @Test
    void playAndPauseHaveOneWidth() {
        open("seq=abracadabra&seed=1&h=16");
        List<Number> paused = rect("#play");
        List<Number> slider = rect("#scrub");
        browser.click("#play");
        assertEquals("Pause", browser.find("#play").getAttribute("aria-label"));
        assertEquals(paused, rect("#play"), "the button keeps its box");
        assertEquals(slider, rect("#scrub"), "the slider does not move");
        browser.click("#play");
    }

    @Test
    void theHeatmapFillsItsBoxAt1280() {
        open("seq=abracadabra&seed=1&h=16");
        double empty = ((Number) browser.js("const b = document.getElementById('heatmap-box');"
                + "const inner = b.getBoundingClientRect().right - parseFloat(getComputedStyle(b).paddingRight) - b.clientLeft;"
                + "return inner - document.getElementById('heatmap').getBoundingClientRect().right;")).doubleValue();
        double cell = ((Number) browser.js("const c = document.getElementById('heatmap');"
                + "return c.getBoundingClientRect().width / c.width;")).doubleValue();
        assertTrue(empty >= 0 && empty < cell, "left empty on the right: " + empty + " px, a cell is " + cell);
    }

    @Test
    void theEngineLineSpeaksPlainlyAndExplainsItself() {
        open("seq=abracadabra&seed=1&h=16");
        String line = browser.find("#engine").getText();
        assertTrue(line.startsWith("Runs in your browser on " + engine.shownAs) && line.endsWith(" (chosen in the address)."),
                line);
        assertFalse(browser.find(".engine-about p").isDisplayed(), "the explanation waits behind its summary");
        browser.click(".engine-about summary");
        String about = browser.find(".engine-about p").getText();
        assertTrue(about.contains("WebAssembly GC") && about.contains("same numbers"), about);
    }
}
