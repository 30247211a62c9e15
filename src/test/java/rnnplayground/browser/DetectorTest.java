package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import rnnplayground.core.Alphabet;

/**
 * Finding a letter detector: the dimensions ranked by how differently they respond to a symbol, the
 * letters coloured by the first, its row picked out in the heatmap; the coloured letters are tokens
 * under the heatmap, not one more row of it.
 */
class DetectorTest extends FilledPageTest {
    private static final String SEQUENCE = "abracadabra";

    /** The dimension whose mean on {@code symbol} differs most, either way, from its mean elsewhere, by the table's values. */
    private int mostReacting(double[][] values, char symbol) {
        int best = -1;
        double largest = -1;
        for (int i = 0; i < values[0].length; i++) {
            double on = 0;
            double off = 0;
            int count = 0;
            for (int t = 0; t < values.length; t++) {
                if (SEQUENCE.charAt(t) == symbol) {
                    on += values[t][i];
                    count++;
                } else {
                    off += values[t][i];
                }
            }
            double difference = Math.abs(on / count - off / (values.length - count));
            if (difference > largest) {
                largest = difference;
                best = i;
            }
        }
        return best;
    }

    private String colouring() {
        return new Select(browser.find("#dimension")).getFirstSelectedOption().getAttribute("value");
    }

    @SuppressWarnings("unchecked")
    private List<String> ranked() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#detector-dimensions button'),"
                + " b => b.getAttribute('data-dimension'));");
    }

    /** The row of the heatmap outlined as chosen, and the number picked out beside it, or null. */
    @SuppressWarnings("unchecked")
    private List<Object> chosenRow() {
        return (List<Object>) browser.js("const m = document.querySelector('#heatmap-box .heatmap-mark.row.chosen');"
                + "if (!m || m.hidden) return null;"
                + "const c = document.getElementById('heatmap'), r = c.getBoundingClientRect(), b = m.getBoundingClientRect();"
                + "const label = document.querySelector('#heatmap-rows span.chosen');"
                + "return [Math.round((b.top - r.top) / (r.height / c.height)), Math.abs(b.width - r.width) < 1,"
                + " label && label.textContent];");
    }

    @Test
    void rankingPicksTheDimensionThatDiffersMostOnTheSymbol() {
        open("seq=" + SEQUENCE + "&seed=1&h=16");
        double[][] values = widget.values();
        for (char symbol : new char[] {'a', 'b', 'd'}) {
            new Select(browser.find("#detector")).selectByValue(String.valueOf(Alphabet.indexOf(symbol)));
            String best = String.valueOf(mostReacting(values, symbol));
            assertEquals(best, ranked().get(0), "the first for “" + symbol + "”");
            assertEquals(5, ranked().size());
            assertEquals(best, colouring(), "the letters are coloured by it");
            assertEquals(List.of(Long.parseLong(best), true, best), chosenRow(), "its row is picked out");
            assertEquals("true", browser.find("#detector-dimensions button").getAttribute("aria-pressed"));
        }
        String second = ranked().get(1);
        browser.click("#detector-dimensions button[data-dimension='" + second + "']");
        assertEquals(second, colouring());
        assertEquals(Long.parseLong(second), chosenRow().get(0));
        assertTrue(browser.location().contains("&colour=" + second + "&"), browser.location());
        new Select(browser.find("#dimension")).selectByValue("-1");
        assertEquals(null, chosenRow(), "no colouring, no row picked out");
    }

    @Test
    void aSymbolThatIsNotReadSaysSo() {
        open("seq=abab&seed=1&h=8");
        new Select(browser.find("#detector")).selectByValue(String.valueOf(Alphabet.indexOf('c')));
        assertEquals("“c” is not in the sequence: nothing to compare.", browser.find("#detector-summary").getText());
        assertEquals(List.of(), ranked());
        widget.typeAt(4, 4, "c");
        browser.waitUntil("the ranking follows the edit", () -> ranked().size() == 5);
    }

    /**
     * Between two coloured letters, and between the heatmap and the letters, is the box's own colour:
     * the letters do not join into a band like a row of the heatmap.
     */
    @Test
    void colouredLettersAreTokensApartFromTheHeatmap() throws IOException {
        open("seq=" + SEQUENCE + "&seed=1&h=16&colour=3");
        browser.waitUntil("the colours have settled", () -> (Boolean) browser.js(
                "return document.getAnimations().length === 0;"));
        BufferedImage shot = ImageIO.read(browser.screenshotOf("#heatmap-box", "coloured-letters-" + engine).toFile());
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("const box = document.getElementById('heatmap-box').getBoundingClientRect();"
                + "const c = document.getElementById('heatmap').getBoundingClientRect();"
                + "const s = document.querySelector('#strip span').getBoundingClientRect();"
                + "return [s.right - box.left, (s.top + s.bottom) / 2 - box.top, (c.bottom + s.top) / 2 - box.top,"
                + " c.left + 3 - box.left];");
        int background = shot.getRGB(shot.getWidth() / 2, 3) & 0xffffff; // the box, above its top line
        assertEquals(background, shot.getRGB((int) at.get(0).doubleValue(), (int) at.get(1).doubleValue()) & 0xffffff,
                "between two letters");
        assertEquals(background, shot.getRGB((int) at.get(3).doubleValue(), (int) at.get(2).doubleValue()) & 0xffffff,
                "between the heatmap and the letters");
    }
}
