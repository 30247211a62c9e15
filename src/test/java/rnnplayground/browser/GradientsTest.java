package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.core.Influence;

/** What depends on what: the influence rows, the recurrent scale's measured effect, clipping. */
class GradientsTest extends PerEngineTest {
    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    /** How many leading columns of the first influence row are painted above the palest colour. */
    private int paintedInfluence() {
        return ((Number) browser.js("const c = document.querySelector('#lane .grid-block.influence canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, 1).data; let n = 0;"
                + "for (let t = 0; t < c.width; t++) { if (d[4 * t] < 240) n = t + 1; } return n;")).intValue();
    }

    private String influenceCaption() {
        return browser.find("#lane .grid-block.influence .grid-caption").getText();
    }

    @Test
    void choosingACellShowsTheInfluenceOfEveryEarlierStep() {
        open("seq=abracadabra&seed=4&h=8");
        assertTrue(influenceCaption().contains("on the loss"), influenceCaption());
        widget.openCell("heatmap", 2, 6);
        browser.waitUntil("the row follows the chosen value", () -> influenceCaption().contains("h[2, 6]"));
        assertEquals(7, paintedInfluence(), "steps 0 to 6 influence h[2, 6], later ones cannot");
        assertTrue(browser.find("#arithmetic").getText().contains("∂h"), "the panel has the chain rule's link");
        browser.click("#per-dimension");
        browser.waitUntil("the rows per dimension show", () -> (Boolean) browser.js( // the last ∂ block but the pinned row
                "const rows = document.querySelectorAll('#lane .grid-block.influence:not(.pinned)'); return !rows[rows.length - 1].hidden;"));
        assertEquals(List.of(), Axe.seriousViolations(browser), "with a chosen value and the rows per dimension");
        browser.click("#arithmetic-close");
        assertTrue(influenceCaption().contains("h[2, 6]"), "closing the arithmetic keeps the rows of the value chosen");
        browser.click("#choice-clear");
        browser.waitUntil("back to the loss", () -> influenceCaption().contains("on the loss"));
    }

    @Test
    void aGatedCellsInfluenceIsTheJvmsStepByStep() {
        String hash = "#seq=abracadabra&seed=4&h=8&cell=gru";
        open(hash.substring(1));
        widget.openCell("heatmap", 2, 6);
        browser.waitUntil("the row follows the chosen value", () -> influenceCaption().contains("h[2, 6]"));
        Model model = new Model(HashCodec.decode(hash).state);
        Influence influence = new Influence(model.network());
        influence.ofState(model.trajectory(), 6, 2);
        for (int t : new int[] {0, 3, 6}) {
            widget.pointAt(browser.find("#lane .grid-block.influence canvas"), 0, t).perform();
            String expected = "step " + t + ": ‖∂v/∂h‖ = " + NumberText.scientific(influence.hiddenNorm(t));
            browser.waitUntil("the tooltip tells step " + t + "'s influence, " + expected,
                    () -> browser.find("#tooltip").getText().contains(expected));
        }
    }

    /** The rate per step the readout beside the recurrent scale gives, "about ×0.39 a step". */
    private double ratePerStep() {
        Matcher m = Pattern.compile("about ×([0-9.]+) a step").matcher(browser.find("#recurrent-readout").getText());
        assertTrue(m.find(), browser.find("#recurrent-readout").getText());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theRecurrentScaleSetsHowFastTheInfluenceFades() {
        open("seq=abracadabra%20dab&seed=4&h=16&rho=0.5");
        double small = ratePerStep();
        assertEquals("0.5", browser.find("#recurrent-scale-value").getText());
        open("seq=abracadabra%20dab&seed=4&h=16&rho=1.5");
        double large = ratePerStep();
        assertTrue(small < 0.5 && large > small, "ρ 0.5: ×" + small + ", ρ 1.5: ×" + large);
        assertArrayEquals(Widget.expected("#seq=abracadabra%20dab&seed=4&h=16&rho=1.5"), widget.values());
        browser.js("const s = document.getElementById('recurrent-scale'); s.value = '3';"
                + "s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));");
        browser.waitUntil("the link follows", () -> browser.location().contains("rho=0.4"));
        assertTrue(ratePerStep() < large);
    }

    @Test
    void trainingWithoutClippingIsInTheLinkAndReproduced() {
        open("seq=abracadabra&seed=6&h=8");
        assertTrue(browser.find("#clip").isSelected(), "clipping is on by default");
        browser.click("#clip");
        browser.waitUntil("the link says clipping is off", () -> browser.location().contains("clip=off"));
        assertFalse(browser.find("#clip-threshold").isEnabled());
        browser.click("#train");
        browser.waitUntil("some steps", () -> widget.trainingStep() >= 20);
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
        String link = browser.location().substring(browser.location().indexOf('#'));
        assertArrayEquals(Widget.expected(link), widget.values());
    }
}
