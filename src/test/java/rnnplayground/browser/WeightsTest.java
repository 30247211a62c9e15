package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.ColorScale;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Param;

/**
 * The one-hot mapping where it is explained and in the arithmetic, and "Show weights": every parameter
 * drawn from the model's own values, labelled, with what an open cell used marked.
 */
class WeightsTest extends FilledPageTest {
    private static final String HASH = "seq=abracadabra&seed=1&h=16";

    @SuppressWarnings("unchecked")
    private List<String> texts(String script, Object... args) {
        return (List<String>) browser.js(script, args);
    }

    private static List<String> alphabetGlyphs() {
        List<String> glyphs = new ArrayList<>();
        for (int k = 0; k < Alphabet.SIZE; k++) {
            glyphs.add(SymbolText.glyph(k));
        }
        return glyphs;
    }

    private static List<String> indices() {
        List<String> indices = new ArrayList<>();
        for (int k = 0; k < Alphabet.SIZE; k++) {
            indices.add(String.valueOf(k));
        }
        return indices;
    }

    /** The cells of each row of the one-hot table {@code css}, as text. */
    @SuppressWarnings("unchecked")
    private List<List<String>> oneHotRows(String css) {
        return (List<List<String>>) browser.js("return Array.from(document.querySelectorAll(arguments[0] + ' tr'),"
                + " r => Array.from(r.querySelectorAll('td'), d => d.textContent));", css);
    }

    private double term(String name) {
        return Double.parseDouble(browser.find("#arithmetic [data-term='" + name + "']").getAttribute("data-value"));
    }

    @Test
    void theSymbolsAndTheirIndicesAreShownWhereTheOneHotIsExplainedAndInThePanel() {
        open(HASH);
        List<List<String>> prose = oneHotRows("#definition .one-hot");
        assertEquals(indices(), prose.get(0));
        assertEquals(alphabetGlyphs(), prose.get(1));
        List<String> c = new ArrayList<>(List.of("0", "0", "0", "0", "0", "0"));
        c.set(Alphabet.indexOf('c'), "1");
        assertEquals(c, prose.get(2), "the one-hot of “c”");

        widget.openCell("heatmap", 3, 4); // step 4 reads “c”
        List<List<String>> panel = oneHotRows("#arithmetic-input");
        assertEquals(indices(), panel.get(0));
        assertEquals(alphabetGlyphs(), panel.get(1));
        assertEquals(c, panel.get(2));
        assertEquals(List.of("3", "c", "1"), texts("return Array.from(document.querySelectorAll('#arithmetic-input td.chosen'),"
                + " d => d.textContent);"), "the symbol read is marked, with its index");
        Param wxh = new Model(new PageState("abracadabra", 1, 16)).network().params()[0];
        assertEquals(wxh.w[3 * Alphabet.SIZE + Alphabet.indexOf('c')], term("input"), 1e-9,
                "the input term is W_xh's entry in row 3, column 3");

        widget.openCell("predictions", 2, 4);
        assertTrue(!browser.find("#arithmetic-input").isDisplayed(), "a prediction reads h, not a one-hot");
    }

    @Test
    void showWeightsDrawsEveryParameterFromTheModelLabelled() {
        open(HASH);
        browser.click("#weights summary");
        checkDrawnFrom(new Model(new PageState("abracadabra", 1, 16)));
        assertEquals(List.of("a\n0", "b\n1", "r\n2", "c\n3", "d\n4", "\u2423\n5"),
                texts("return Array.from(document.querySelectorAll('#weights-box .weights-columns.symbols span'), s => s.textContent);"),
                "W_xh's columns are the symbols, by index");
        browser.click("#reweight");
        long seed = widget.seed();
        checkDrawnFrom(new Model(new PageState("abracadabra", (int) seed, 16)));
        browser.screenshotOf("#weights", "weights-1280-" + engine);
    }

    /** Every parameter of {@code model} has a heatmap of its size and name, coloured from its values. */
    @SuppressWarnings("unchecked")
    private void checkDrawnFrom(Model model) {
        Param[] params = model.network().params();
        browser.waitUntil("every parameter is drawn", () -> ((Number) browser.js(
                "return document.querySelectorAll('#weights-box canvas').length;")).intValue() == params.length);
        List<String> names = texts("return Array.from(document.querySelectorAll('#weights-box .param-name'), s => s.textContent);");
        List<List<Number>> sizes = (List<List<Number>>) browser.js("return Array.from(document.querySelectorAll('#weights-box canvas'),"
                + " c => [c.height, c.width]);");
        assertEquals(params.length, names.size());
        for (int p = 0; p < params.length; p++) {
            Param param = params[p];
            assertEquals(param.name, names.get(p));
            assertEquals(List.of((long) param.rows, (long) param.cols), sizes.get(p), param.name);
            double largest = 0;
            for (float v : param.w) {
                largest = Math.max(largest, Math.abs(v));
            }
            int i = param.rows - 1;
            int j = param.cols / 2;
            int expected = ColorScale.STATE.rgb(largest == 0 ? 0 : param.w[i * param.cols + j] / largest);
            final int index = p;
            browser.waitUntil(param.name + " is drawn from the model's values", () -> expected == ((Number) browser.js(
                    "const d = document.querySelectorAll('#weights-box canvas')[arguments[0]].getContext('2d')"
                            + ".getImageData(arguments[1], arguments[2], 1, 1).data; return (d[0] << 16) | (d[1] << 8) | d[2];",
                    index, j, i)).intValue());
        }
    }

    /** The box of the mark {@code kind} on the heatmap of {@code name}, in cells: {left, top, width, height}, or null if hidden. */
    @SuppressWarnings("unchecked")
    private List<Number> markOn(String name, String kind) {
        return (List<Number>) browser.js("const f = Array.from(document.querySelectorAll('#weights-box .weights-param'))"
                + "  .find(f => f.querySelector('.param-name').textContent === arguments[0]);"
                + "const m = f.querySelector('.heatmap-mark.' + arguments[1]); if (m.hidden) return null;"
                + "const c = f.querySelector('canvas'), r = c.getBoundingClientRect(), b = m.getBoundingClientRect();"
                + "const w = r.width / c.width, h = r.height / c.height;"
                + "return [Math.round((b.left - r.left) / w), Math.round((b.top - r.top) / h),"
                + " Math.round(b.width / w), Math.round(b.height / h)];", name, kind);
    }

    @Test
    void theWeightsACellUsedAreMarked() {
        open(HASH);
        widget.openCell("heatmap", 3, 4);
        browser.click("#arithmetic-weights");
        browser.waitUntil("the weights are open", () -> browser.find("#weights-box canvas").isDisplayed());
        int c = Alphabet.indexOf('c');
        assertEquals(List.of(c, 0, 1, 16), toInts(markOn("W_xh", "feeding")), "the column of “c” in W_xh");
        assertEquals(List.of(c, 3, 1, 1), toInts(markOn("W_xh", "cursor")), "its entry in row 3");
        assertEquals(List.of(0, 3, 16, 1), toInts(markOn("W_hh", "row")), "row 3 of W_hh");
        assertEquals(List.of(0, 3, 1, 1), toInts(markOn("b", "cursor")), "entry 3 of b");
        assertEquals(null, markOn("W_hy", "row"), "the readout is not used by a state");
        String use = browser.find("#weights-use").getText();
        assertTrue(use.startsWith("h[3, 4] read column " + c + " of W_xh (x_4 is “c”, index " + c + ")"), use);

        widget.openCell("predictions", 2, 4);
        assertEquals(List.of(0, 2, 16, 1), toInts(markOn("W_hy", "row")), "row 2 of W_hy for p[r, 4]");
        assertEquals(null, markOn("W_xh", "feeding"));
        widget.pointAt("heatmap", 0, 0).perform(); // out of the way
        browser.click("#arithmetic-close");
        assertEquals(List.of(0, 2, 16, 1), toInts(markOn("W_hy", "row")), "closed, the value stays chosen, and marked");
        browser.click("#choice-clear");
        browser.waitUntil("no marks once no value is chosen", () -> markOn("W_hy", "row") == null);
    }

    private static List<Integer> toInts(List<Number> numbers) {
        if (numbers == null) {
            return null;
        }
        List<Integer> ints = new ArrayList<>();
        numbers.forEach(n -> ints.add(n.intValue()));
        return ints;
    }

    @Test
    void axeFindsNoSeriousViolationWithTheWeightsAndThePanelOpen() {
        open(HASH);
        browser.click("#weights summary");
        browser.click("#numbers summary");
        widget.openCell("heatmap", 3, 4);
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }
}
