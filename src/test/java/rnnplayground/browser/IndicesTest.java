package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Where a cell is: the step numbers over the columns and the dimension numbers beside the rows agree
 * with the tooltip and the numbers table; steps and dimensions are counted from 0 everywhere; the table
 * scrolls in a box of its own with its headers in view.
 */
class IndicesTest extends FilledPageTest {
    /** The text of the step number centred over column t of the heatmap, or null. */
    private String stepLabelOver(int t) {
        return labelAt("#steps span", "left", "right", "width", t);
    }

    /** The text of the label in the rows' gutter centred on row i of the heatmap, or null. */
    private String rowLabelBeside(int i) {
        return labelAt("#heatmap-rows span", "top", "bottom", "height", i);
    }

    /** The label of {@code css} whose middle, from {@code start} to {@code end}, is that of cell k along {@code size}. */
    private String labelAt(String css, String start, String end, String size, int k) {
        return (String) browser.js("const c = document.getElementById('heatmap'), r = c.getBoundingClientRect();"
                + "const cells = arguments[3] === 'width' ? c.width : c.height;"
                + "const middle = r[arguments[1]] + (arguments[4] + 0.5) * r[arguments[3]] / cells;"
                + "const s = Array.from(document.querySelectorAll(arguments[0])).find(s => {"
                + "  const b = s.getBoundingClientRect(); return Math.abs((b[arguments[1]] + b[arguments[2]]) / 2 - middle) < 1; });"
                + "return s ? s.textContent : null;", css, start, end, size, k);
    }

    private String tableHeader(String css, int k) {
        return (String) browser.js("return document.querySelectorAll(arguments[0])[arguments[1]].textContent;", css, k);
    }

    private void hover(int i, int t) {
        widget.pointAt("heatmap", i, t).perform();
        browser.waitUntil("the tooltip shows", () -> browser.find("#tooltip").isDisplayed()
                && browser.find("#tooltip").getText().contains("step " + t + ","));
    }

    @Test
    void theLabelsOfRowsAndColumnsAgreeWithTheTooltipAndTheTable() {
        open("seq=abracadabra&seed=1&h=16");
        for (int[] cell : new int[][] {{0, 0}, {3, 5}, {15, 10}, {9, 7}}) {
            int i = cell[0];
            int t = cell[1];
            assertEquals(String.valueOf(t), stepLabelOver(t), "the number over column " + t);
            assertEquals(String.valueOf(i), rowLabelBeside(i), "the number beside row " + i);
            hover(i, t);
            String tooltip = browser.find("#tooltip").getText();
            assertTrue(tooltip.startsWith("dimension " + i + ", step " + t + ","), tooltip);
            assertTrue(tableHeader("#numbers-table thead th", t + 1).startsWith(t + " "), "the table's column " + t);
            assertEquals(String.valueOf(i), tableHeader("#numbers-table tbody th", i), "the table's row " + i);
        }
    }

    @Test
    void manyStepsAndDimensionsAreNumberedEveryFewWithoutOverlap() {
        browser.size(375, 812);
        open("seq=" + "abracadabra ".repeat(6).substring(0, 64).replace(" ", "%20") + "&seed=1&h=64");
        @SuppressWarnings("unchecked")
        List<String> steps = (List<String>) browser.js("return Array.from(document.querySelectorAll('#steps span'), s => s.textContent);");
        assertTrue(steps.size() > 4 && steps.size() < 64, "every few steps: " + steps);
        assertEquals("0", steps.get(0));
        for (String label : steps) {
            assertEquals(label, stepLabelOver(Integer.parseInt(label)), "label " + label + " over its column");
        }
        assertEquals(0L, browser.js("const b = Array.from(document.querySelectorAll('#steps span'), s => s.getBoundingClientRect());"
                + "return b.filter((r, k) => k > 0 && r.left < b[k - 1].right).length;"), "no two step numbers overlap");
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) browser.js("return Array.from(document.querySelectorAll('#heatmap-rows span'), s => s.textContent);");
        assertTrue(rows.size() >= 8 && rows.size() < 64, "every few rows: " + rows);
        for (String label : rows) {
            assertEquals(label, rowLabelBeside(Integer.parseInt(label)));
        }
    }

    @Test
    void stepsAreCountedFromZeroEverywhere() {
        open("seq=abracadabra&seed=1&h=16");
        assertTrue(browser.find("#watch").getText().contains("counted from 0"), "the prose says how steps are counted");
        assertEquals("step 10 of 0–10", browser.find("#position").getText(), "every step shown: the last is 10");
        WebElement scrub = browser.find("#scrub");
        scrub.sendKeys(Keys.HOME);
        assertEquals("step – of 0–10", browser.find("#position").getText());
        for (int k = 0; k < 4; k++) {
            scrub.sendKeys(Keys.ARROW_RIGHT);
        }
        assertEquals("step 3 of 0–10", browser.find("#position").getText());
        assertEquals("step 3 of 0–10", scrub.getAttribute("aria-valuetext"));
        assertEquals(3L, browser.js("return Array.from(document.querySelectorAll('#strip span'))"
                + ".findIndex(s => s.classList.contains('current'));"), "the letter of step 3 is marked");
        hover(2, 3);
        new Actions(browser.driver).click().perform();
        browser.waitUntil("the panel opens", () -> browser.find("#arithmetic").isDisplayed());
        String title = browser.find("#arithmetic-title").getText();
        assertTrue(title.startsWith("h[2, 3]") && title.endsWith("at step 3"), title);
        assertTrue(browser.find("#arithmetic-note").getText().contains("step 2"), "it read the state of step 2");
    }

    @Test
    void theTableScrollsInItsOwnBoxWithItsHeadersInView() {
        for (int width : new int[] {1280, 375}) {
            browser.size(width, 800);
            open("seq=abracadabra%20abracadabra&seed=1&h=16");
            browser.click("#numbers summary");
            Map<?, ?> box = (Map<?, ?>) browser.js("const b = document.querySelector('.numbers-box'); const s = getComputedStyle(b);"
                    + "return {overflowX: s.overflowX, overflowY: s.overflowY, wide: b.scrollWidth > b.clientWidth,"
                    + " tall: b.scrollHeight > b.clientHeight, tabIndex: b.tabIndex,"
                    + " page: document.documentElement.scrollWidth - document.documentElement.clientWidth};");
            assertEquals("auto", box.get("overflowX"), width + " px");
            assertEquals("auto", box.get("overflowY"), width + " px");
            assertEquals(true, box.get("wide"), width + " px: 23 steps are wider than the box");
            assertEquals(0L, box.get("tabIndex"), "the box can be scrolled from the keyboard");
            assertEquals(0L, box.get("page"), width + " px: the page itself does not scroll sideways");
            browser.js("const b = document.querySelector('.numbers-box'); b.scrollLeft = 1e6; b.scrollTop = 1e6;");
            @SuppressWarnings("unchecked")
            List<Number> edges = (List<Number>) browser.js("const b = document.querySelector('.numbers-box').getBoundingClientRect();"
                    + "const head = document.querySelector('#numbers-table thead th:nth-child(5)').getBoundingClientRect();"
                    + "const row = document.querySelector('#numbers-table tbody tr:nth-child(3) th').getBoundingClientRect();"
                    + "const last = document.querySelector('#numbers-table thead th:last-child').getBoundingClientRect();"
                    + "return [head.top - b.top, row.left - b.left, b.right - last.right];");
            assertEquals(1, edges.get(0).doubleValue(), 1.01, width + " px: the column headers stay at the top");
            assertEquals(1, edges.get(1).doubleValue(), 1.01, width + " px: the row headers stay at the left");
            assertTrue(edges.get(2).doubleValue() >= 0, width + " px: the last column can be scrolled into view");
            if (width == 375) {
                browser.screenshotOf("#numbers", "numbers-375-" + engine);
            }
        }
    }
}
