package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import rnnplayground.core.Cells;

/** The cells in the page: switching, their gates, their arithmetic, two compared side by side. */
class CellsTest extends PerEngineTest {
    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    @SuppressWarnings("unchecked")
    private List<String> captions(String lane) {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll(arguments[0] + ' .grid-block'))"
                + ".filter(b => !b.hidden && b.querySelector('.grid-caption')).map(b => b.querySelector('.grid-caption').textContent);", lane);
    }

    @Test
    void everyCellComputesTheJvmsStatesAndALinkKeepsIt() {
        open("seq=abracadabra%20cab&seed=5&h=12");
        String[] keys = Cells.keys();
        for (int k = 1; k <= keys.length; k++) {
            String cell = keys[k % keys.length]; // every other cell, then the first, the default, again
            new Select(browser.find("#cell")).selectByValue(cell);
            String hash = "#seq=abracadabra%20cab&seed=5&h=12" + (cell.equals(Cells.first()) ? "" : "&cell=" + cell);
            browser.waitUntil("the link names the cell", () -> browser.location().endsWith(hash));
            browser.waitUntil("the table follows", () -> widget.filledColumns() == 15);
            assertArrayEquals(Widget.expected(hash), widget.values(), cell);
        }
        open("seq=abracadabra%20cab&seed=5&h=12&cell=lstm");
        assertEquals("lstm", browser.find("#cell").getAttribute("value"));
        assertArrayEquals(Widget.expected("#seq=abracadabra%20cab&seed=5&h=12&cell=lstm"), widget.values());
        assertTrue(captions("#lane").get(0).startsWith("c: the cell state"), captions("#lane").toString());
    }

    @Test
    void showGatesDrawsEachGateOnItsScaleWithItsName() {
        open("seq=abracadabra&seed=2&h=8&cell=gru&gates=on");
        assertTrue(browser.find("#gates").isSelected());
        List<String> gru = captions("#lane");
        assertTrue(gru.get(0).startsWith("z: the update gate (0 … 1)"), gru.toString());
        assertTrue(gru.get(1).startsWith("r: the reset gate (0 … 1)"), gru.toString());
        assertTrue(gru.get(2).startsWith("h̃: the candidate (−1 … 1)"), gru.toString());
        new Select(browser.find("#cell")).selectByValue("lstm");
        browser.waitUntil("the LSTM's gates", () -> captions("#lane").size() >= 5);
        List<String> lstm = captions("#lane");
        for (String gate : new String[] {"i: the input gate", "f: the forget gate", "o: the output gate",
            "g: the candidate"}) {
            assertTrue(lstm.stream().anyMatch(c -> c.startsWith(gate)), gate + " in " + lstm);
        }
        new Select(browser.find("#cell")).selectByValue("linear");
        browser.waitUntil("the selective cell's gates", () -> captions("#lane").get(0).startsWith("a: the decay gate"));
        assertTrue(captions("#lane").get(1).startsWith("u: the input value (not bounded"), captions("#lane").toString());
        browser.click("#gates");
        browser.waitUntil("the gates go", () -> captions("#lane").stream().noneMatch(c -> c.contains("gate")));
        assertTrue(!browser.location().contains("gates="), browser.location());
    }

    @Test
    void theArithmeticOfAnLstmCellNamesItsGates() {
        open("seq=abracadabra&seed=2&h=8&cell=lstm");
        browser.js("document.getElementById('heatmap').scrollIntoView({block: 'center'});");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.js("const r = document.getElementById('heatmap').getBoundingClientRect();"
                + "return [r.left + 4.5 * r.width / 11, r.top + 3.5 * r.height / 8];");
        new org.openqa.selenium.interactions.Actions(browser.driver)
                .moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
        browser.waitUntil("the panel opens", () -> browser.find("#arithmetic").isDisplayed());
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) browser.js("return Array.from(document.querySelectorAll('#arithmetic tr.group'))"
                + ".map(r => r.textContent);");
        for (String gate : new String[] {"input", "forget", "output", "candidate"}) {
            assertTrue(groups.stream().anyMatch(g -> g.contains(gate)), gate + " in " + groups);
        }
        assertTrue(browser.find("#arithmetic-title").getText().startsWith("h[3, 4]"));
        double[] gate = new double[4];
        String[] names = {"input", "forget", "output", "candidate"};
        for (int k = 0; k < 4; k++) {
            double sum = widget.arithmeticValue(names[k], "sum");
            assertEquals(sum, widget.arithmeticValue(names[k], "input") + widget.arithmeticValue(names[k], "recurrent")
                    + widget.arithmeticValue(names[k], "bias"), 1e-6, names[k] + ": the terms add up");
            gate[k] = widget.arithmeticValue(names[k], "nonlinearity");
            assertEquals(k == 3 ? Math.tanh(sum) : 1 / (1 + Math.exp(-sum)), gate[k], 1e-6, names[k] + " of its sum");
        }
        List<Double> updates = widget.arithmeticRows().stream().filter(r -> r.get(1).equals("update"))
                .map(r -> ((Number) r.get(2)).doubleValue()).toList();
        double c = widget.arithmeticValue("cell state", "state");
        assertEquals(gate[0] * gate[3], updates.get(1), 1e-6, "i ⊙ g");
        assertEquals(c, updates.get(0) + updates.get(1), 1e-6, "c is the kept and the written parts added");
        double h = widget.arithmeticValue("hidden state", "state");
        assertEquals(gate[2] * Math.tanh(c), h, 1e-6, "h = o ⊙ tanh(c)");
        assertEquals(widget.values()[4][3], h, 1e-9, "the value is the cell's");
    }

    /** A loss as the page writes it: 0.016, or 8.8 × 10⁻³ once it is small. */
    private static final String LOSS = "[0-9.]+(?: × 10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?";

    @Test
    void compareShowsTwoLanesWithAlignedColumnsThatTrainTogether() {
        open("seq=abracadabra&seed=3&h=8&compare=gru");
        assertTrue(browser.find("#lane-2").isDisplayed());
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) browser.js("return ['#lane .lane-h', '#lane-2 .lane-h', '#lane .lane-p',"
                + " '#lane-2 .lane-p'].map(s => document.querySelector(s).getBoundingClientRect().left);");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.js("return ['#lane .lane-h', '#lane-2 .lane-h']"
                + ".map(s => document.querySelector(s).getBoundingClientRect().width);");
        for (Number left : lefts) {
            assertEquals(lefts.get(0).doubleValue(), left.doubleValue(), 0.5, "columns line up: " + lefts);
        }
        assertEquals(widths.get(0).doubleValue(), widths.get(1).doubleValue(), 0.5);
        assertTrue(browser.find("#lane-2 .lane-caption").getText().startsWith("GRU"));
        assertEquals(List.of("rnn", "gru"), notesShown(), "the notes of the two cells on show, and no others");
        assertEquals(List.of("rnn"), browser.js("return Array.from(document.querySelectorAll('#compare option'))"
                + ".filter(o => o.disabled).map(o => o.value);"), "a cell is not compared with itself");
        browser.click("#train");
        browser.waitUntil("both train", () -> widget.trainingStep() >= 30);
        browser.click("#train");
        assertTrue(widget.trainingStatus().matches("Step \\d+ · loss Plain RNN " + LOSS + ", GRU " + LOSS + " nats per symbol \\(a uniform guess: ln 6 = 1\\.79\\)"),
                widget.trainingStatus());
        assertTrue(widget.lossChartRows("--chart-line")[3] > 10 && widget.lossChartRows("--chart-line-2")[3] > 10,
                "the loss chart draws a line for each cell");
        assertEquals(List.of("loss of the Plain RNN", "loss of the GRU",
                "‖g‖, the Plain RNN’s gradient norm before clipping, on its own scale at the right", "ln 6 = 1.79, a uniform guess"),
                lossKey(), "the chart's key");
        String link = browser.location().substring(browser.location().indexOf('#'));
        assertArrayEquals(Widget.expected(link), widget.values(), "the first lane is the link's");
        new Select(browser.find("#cell")).selectByValue("gru");
        browser.waitUntil("one lane again", () -> browser.driver.findElements(org.openqa.selenium.By.id("lane-2")).isEmpty());
        assertEquals("", browser.find("#compare").getAttribute("value"), "the GRU is no longer compared with itself");
        assertTrue(!browser.location().contains("compare="), browser.location());
        assertEquals(List.of("gru"), notesShown());
        assertEquals(List.of("loss", "‖g‖, the gradient’s norm before clipping, on its own scale at the right",
                "ln 6 = 1.79, a uniform guess"), lossKey(),
                "one cell's key");
    }

    @SuppressWarnings("unchecked")
    private List<String> lossKey() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#loss-key span')).map(s => s.textContent);");
    }

    /** The cells whose notes under the widget are on show, in the page's order. */
    @SuppressWarnings("unchecked")
    private List<String> notesShown() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#cell-notes .cell-note'))"
                + ".filter(n => !n.hidden && n.offsetHeight > 0).map(n => n.getAttribute('data-cell'));");
    }

    @Test
    void axeFindsNoSeriousViolationsAndAPhoneKeepsItUsable() {
        open("seq=abracadabra&seed=3&h=8&cell=lstm&compare=linear&gates=on");
        assertEquals(List.of(), Axe.seriousViolations(browser));
        browser.size(375, 800);
        try {
            browser.waitUntil("the page fits the phone",
                    () -> ((Number) browser.js("return document.documentElement.scrollWidth;")).intValue() <= 375);
            browser.screenshotOf("#playground", "cells-375-" + engine);
        } finally {
            browser.size(1280, 900);
        }
    }
}
