package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A link with a state opens on the widget, not at the top of the article, and carries the colouring
 * of the letters and the open arithmetic along with the sequence, seed and size.
 */
class LinkStateTest extends FilledPageTest {
    private String hash() {
        return (String) browser.js("return location.hash;");
    }

    /** {top, bottom, window height, scrollY} of {@code css}. */
    @SuppressWarnings("unchecked")
    private List<Number> placeOf(String css) {
        return (List<Number>) browser.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.top, r.bottom, innerHeight, scrollY];", css);
    }

    @Test
    void aLinkWithAStateBringsTheHeatmapIntoView() {
        for (int[] size : new int[][] {{1280, 900}, {375, 740}}) {
            browser.size(size[0], size[1]);
            open("seq=cab%20rad&seed=7&h=10");
            List<Number> heatmap = placeOf("#heatmap");
            String where = size[0] + " px: " + heatmap;
            assertTrue(heatmap.get(3).doubleValue() > 500, "the page scrolled past the article's start, " + where);
            assertTrue(heatmap.get(0).doubleValue() >= 0 && heatmap.get(1).doubleValue() <= heatmap.get(2).doubleValue(),
                    "the heatmap is in the window, " + where);
            assertTrue(browser.find(".masthead").isDisplayed(), "the article is still there, above");
        }
        browser.size(1280, 900);
        open("");
        assertEquals(0L, placeOf("#heatmap").get(3).longValue(), "a link without a state opens at the top");
    }

    @Test
    void theColouringTravelsInTheLink() {
        open("seq=abracadabra&seed=1&h=16&colour=7");
        assertEquals("7", new Select(browser.find("#dimension")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(11L, browser.js("return document.querySelectorAll('#strip span.coloured').length;"), "the letters are coloured");
        new Select(browser.find("#dimension")).selectByValue("2");
        assertEquals("#seq=abracadabra&seed=1&h=16&colour=2&panels=inspect", hash(), "Look inside, opened, is kept too");
        new Select(browser.find("#dimension")).selectByValue("-1");
        assertEquals("#seq=abracadabra&seed=1&h=16&panels=inspect", hash(), "no colouring, nothing in the link");
        new Select(browser.find("#dimension")).selectByValue("9");
        browser.find("#hidden-size").clear();
        browser.find("#hidden-size").sendKeys("8\t");
        browser.waitUntil("the size applies", () -> hash().contains("h=8"));
        assertFalse(hash().contains("colour"), "dimension 9 is gone at size 8: " + hash());
    }

    @Test
    void theOpenArithmeticTravelsInTheLink() {
        open("seq=abracadabra&seed=1&h=16&open=h:3,5");
        assertTrue(browser.find("#arithmetic").isDisplayed());
        assertTrue(browser.find("#arithmetic-title").getText().startsWith("h[3, 5]"));
        assertEquals("#seq=abracadabra&seed=1&h=16&open=h:3,5", hash());
        browser.click("#arithmetic-close");
        assertFalse(browser.find("#arithmetic").isDisplayed());
        assertEquals("#seq=abracadabra&seed=1&h=16&open=h:3,5", hash(), "closing the arithmetic keeps the value chosen");
        assertTrue(browser.find("#choice-note").getText().startsWith("h[3, 5] stays chosen"), browser.find("#choice-note").getText());
        browser.click("#choice-clear");
        assertEquals("#seq=abracadabra&seed=1&h=16", hash(), "choosing none takes it out of the link");
        widget.openCell("predictions", 2, 4);
        assertEquals("#seq=abracadabra&seed=1&h=16&open=p:2,4", hash());
        String link = browser.location();
        open(link.substring(link.indexOf('#') + 1));
        assertTrue(browser.find("#arithmetic-title").getText().startsWith("p[r, 4]"));
        widget.typeAt(11, 11, "d");
        assertFalse(browser.find("#arithmetic").isDisplayed(), "an edit closes the arithmetic");
        assertEquals("#seq=abracadabrad&seed=1&h=16", hash());
    }

    @Test
    void aColouringOrACellTheStateHasNotFallsBackAndIsNamed() {
        open("seq=abracadabra&seed=1&h=8&colour=8&open=h:2,11");
        assertFalse(browser.find("#arithmetic").isDisplayed());
        assertEquals(0L, browser.js("return document.querySelectorAll('#strip span.coloured').length;"));
        String message = widget.message();
        assertTrue(message.contains("colouring") && message.contains("open cell"), message);
        assertEquals("#seq=abracadabra&seed=1&h=8", hash());
    }
}
