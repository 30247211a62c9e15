package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A phone: cells big enough for a finger (Bigger cells), a help line that says how touch works, and
 * the arithmetic as a sheet that leaves the chosen cell in view; on a desktop, opening a cell does not
 * make the page jump.
 */
class TouchTest extends FilledPageTest {
    @AfterEach
    void noTouch() {
        touch(false);
    }

    private void touch(boolean on) {
        browser.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", on, "maxTouchPoints", 1));
    }

    /** The CSS size of a cell of grid {@code id}: {width, height}. */
    @SuppressWarnings("unchecked")
    private List<Number> cellOf(String id) {
        return (List<Number>) browser.js("const c = document.getElementById(arguments[0]), r = c.getBoundingClientRect();"
                + "return [r.width / c.width, r.height / c.height];", id);
    }

    /** Taps the middle of cell (row, step) of the heatmap. */
    private void tap(int row, int step) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.js("const c = document.getElementById('heatmap'), r = c.getBoundingClientRect();"
                + "return [r.left + (arguments[1] + 0.5) * r.width / c.width, r.top + (arguments[0] + 0.5) * r.height / c.height];",
                row, step);
        browser.driver.executeCdpCommand("Input.synthesizeTapGesture",
                Map.of("x", point.get(0), "y", point.get(1), "gestureSourceType", "touch"));
    }

    /** {left, top, right, bottom} of heatmap cell (row, step) on screen. */
    @SuppressWarnings("unchecked")
    private List<Number> cellBox(int row, int step) {
        return (List<Number>) browser.js("const c = document.getElementById('heatmap'), r = c.getBoundingClientRect();"
                + "const w = r.width / c.width, h = r.height / c.height;"
                + "return [r.left + arguments[1] * w, r.top + arguments[0] * h, r.left + (arguments[1] + 1) * w,"
                + " r.top + (arguments[0] + 1) * h];", row, step);
    }

    private long scrollY() {
        return ((Number) browser.js("return Math.round(scrollY);")).longValue();
    }

    @Test
    void biggerCellsAreComfortableToTapAtAPhonesWidth() {
        browser.size(375, 740);
        open("seq=abracadabra&seed=1&h=16");
        assertTrue(cellOf("heatmap").get(1).doubleValue() < 24, "rows are short until asked: " + cellOf("heatmap"));
        assertEquals("switch", browser.find("#zoom").getAttribute("role"), "Bigger cells is a switch");
        assertEquals("false", browser.find("#zoom").getAttribute("aria-checked"));
        assertEquals("Bigger cells off", browser.find("#zoom").getText().replaceAll("\\s+", " "), "it says its state");
        browser.click("#zoom");
        assertEquals("true", browser.find("#zoom").getAttribute("aria-checked"));
        assertEquals("Bigger cells on", browser.find("#zoom").getText().replaceAll("\\s+", " "));
        for (String grid : new String[] {"heatmap", "predictions"}) {
            List<Number> cell = cellOf(grid);
            assertTrue(cell.get(0).doubleValue() >= 24 && cell.get(1).doubleValue() >= 24, grid + " cells: " + cell);
        }
        assertEquals(List.of(), browser.js("return Array.from(document.querySelectorAll('#heatmap-rows span'), s => s.textContent)"
                + ".filter((s, k) => s !== String(k));"), "every row numbered");
        assertEquals(0L, browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
        browser.screenshotOf("#heatmap-box", "bigger-cells-375-" + engine);
        browser.click("#zoom");
        assertTrue(cellOf("heatmap").get(1).doubleValue() < 24);
    }

    @Test
    void theHelpSaysHowTouchWorksAndTheArithmeticLeavesTheCellInView() {
        browser.size(375, 740);
        touch(true);
        open("seq=abracadabra&seed=1&h=16");
        browser.js("document.getElementById('heatmap').scrollIntoView({block: 'center'});");
        tap(12, 6);
        browser.waitUntil("the tooltip shows", () -> browser.find("#tooltip").isDisplayed());
        assertTrue(browser.find("#tooltip").getText().endsWith("Tap again for its arithmetic."), browser.find("#tooltip").getText());
        String help = browser.find("#cell-status").getText();
        assertTrue(help.contains("Tap a cell for its value, tap it again for its arithmetic."), help);
        assertFalse(help.contains("arrow keys"), help);
        tap(12, 6);
        browser.waitUntil("the arithmetic opens", () -> browser.find("#arithmetic").isDisplayed());
        widget.waitForTheScrollToSettle();
        assertTheCellIsInViewAboveThePanel(12, 6);
        browser.screenshotOfWindow("arithmetic-sheet-375-" + engine);

        open("seq=abracadabra&seed=1&h=16&open=h:15,10");
        widget.waitForTheScrollToSettle();
        assertTheCellIsInViewAboveThePanel(15, 10);
    }

    private void assertTheCellIsInViewAboveThePanel(int row, int step) {
        List<Number> cell = cellBox(row, step);
        List<Number> panel = rect("#arithmetic");
        double height = ((Number) browser.js("return innerHeight;")).doubleValue();
        assertTrue(panel.get(3).doubleValue() <= height + 1 && panel.get(1).doubleValue() > height * 0.4,
                "the panel is a sheet at the bottom: " + panel);
        assertTrue(cell.get(1).doubleValue() >= 0 && cell.get(3).doubleValue() <= panel.get(1).doubleValue(),
                "the cell " + cell + " is in view above the panel " + panel);
    }

    @Test
    void openingACellOnADesktopDoesNotMakeThePageJump() {
        browser.size(1280, 1000); // the chosen value's ∂ rows and their scale, above the panel, leave its head in the window
        open("seq=abracadabra&seed=1&h=6");
        // the panel opens under the heatmap's box, its head in the window: nothing moves
        browser.js("window.scrollTo(0, document.getElementById('heatmap').getBoundingClientRect().top + scrollY - 20);");
        long before = scrollY();
        widget.openCell("heatmap", 3, 5);
        widget.waitForTheScrollToSettle();
        assertEquals(before, scrollY(), "the page stays where it was");
        assertEquals("arithmetic", browser.js("return document.activeElement.id;"), "the focus is in the panel");

        browser.js("window.scrollTo(0, document.getElementById('heatmap').getBoundingClientRect().bottom + scrollY - innerHeight + 4);");
        browser.click("#arithmetic-close");
        before = scrollY();
        widget.openCell("heatmap", 5, 5);
        widget.waitForTheScrollToSettle();
        long moved = scrollY() - before;
        List<Number> cell = cellBox(5, 5);
        List<Number> panel = rect("#arithmetic");
        double height = ((Number) browser.js("return innerHeight;")).doubleValue();
        assertTrue(moved > 0, "the page moves to show the panel's head: " + moved);
        assertTrue(cell.get(1).doubleValue() >= 0, "the cell is still in view: " + cell);
        assertTrue(panel.get(1).doubleValue() < height, "the panel's head is in view: " + panel);
    }
}
