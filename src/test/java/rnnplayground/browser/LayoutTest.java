package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import rnnplayground.app.ColorScale;

/** The page at a phone's and a desktop's width, in both themes; screenshots go to target/screenshots. */
class LayoutTest extends BrowserTest {

    private int pageOverflow() {
        return ((Number) browser.js(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    private void openFilled(String hash) {
        browser.open("", hash);
        browser.waitUntil("the table is filled", () -> widget.filledColumns() > 0);
    }

    @Test
    void phoneHasNoHorizontalScrollEvenWithALongSequence() {
        browser.size(375, 812);
        String longest = "abracadabra ".repeat(6).substring(0, 64);
        openFilled("seq=" + longest.replace(" ", "%20"));
        assertEquals(64, widget.filledColumns());
        assertEquals(0, pageOverflow(), "the page scrolls sideways at 375 px");
        int boxScroll = ((Number) browser.js("const b = document.getElementById('heatmap-box');"
                + "return b.scrollWidth - b.clientWidth;")).intValue();
        assertTrue(boxScroll > 0, "a long heatmap scrolls inside its own box");
        assertLettersInViewRead(longest);
        browser.js("document.getElementById('heatmap-box').scrollLeft = 1e6;");
        browser.waitUntil("the view is at the end and its letters are made", () -> (Boolean) browser.js(
                "const b = document.getElementById('heatmap-box'); return b.scrollLeft >= b.scrollWidth - b.clientWidth - 1;")
                && !lettersInView().contains("(none)"));
        assertLettersInViewRead(longest);
        double statusShare = ((Number) browser.js("return document.getElementById('cell-status').clientWidth"
                + " / document.querySelector('.grid-help').clientWidth;")).doubleValue();
        assertTrue(statusShare > 0.9, "the heatmap's help takes a line of its own, not a sliver beside Bigger cells: " + statusShare);
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void theNarrowestScreenKeepsEverySliderAndItsValueInside() {
        browser.size(320, 812);
        openFilled("seq=abracadabra&seed=1&h=16&rho=1.25&temp=0.25");
        assertEquals(0, pageOverflow(), "the page scrolls sideways at 320 px");
        double inside = ((Number) browser.js("const b = document.getElementById('playground');"
                + "return b.getBoundingClientRect().right - parseFloat(getComputedStyle(b).paddingRight);")).doubleValue();
        for (String value : new String[] {"#recurrent-scale-value", "#temperature-value"}) {
            assertTrue(browser.find(value).getRect().getX() + browser.find(value).getRect().getWidth() <= inside + 0.5,
                    value + " ends inside the widget");
        }
        browser.size(1280, 900);
    }

    /** Under every column in the heatmap box's view is the letter the sequence has there. */
    private void assertLettersInViewRead(String sequence) {
        List<String> letters = lettersInView();
        int inView = 0;
        for (int t = 0; t < letters.size(); t++) {
            if (letters.get(t) != null) {
                inView++;
                char c = sequence.charAt(t);
                assertEquals(c == ' ' ? "\u2423" : String.valueOf(c), letters.get(t), "the letter under column " + t);
            }
        }
        assertTrue(inView > 10, "columns in view: " + inView);
    }

    /** For each column, the letter shown under it, "(none)" if there is none, or null if it is out of view. */
    @SuppressWarnings("unchecked")
    private List<String> lettersInView() {
        return (List<String>) browser.js(
                "const box = document.getElementById('heatmap-box').getBoundingClientRect();"
                + "const c = document.getElementById('heatmap'); const r = c.getBoundingClientRect();"
                + "const cell = r.width / c.width;"
                + "const spans = Array.from(document.querySelectorAll('#strip span'), s => [s.getBoundingClientRect(), s.textContent]);"
                + "return Array.from({length: c.width}, (_, t) => {"
                + "  const left = r.left + t * cell;"
                + "  if (left < box.left || left + cell > box.right) return null;"
                + "  const s = spans.find(([b]) => Math.abs(b.left - left) < 0.5 && Math.abs(b.width - cell) < 0.5);"
                + "  return s ? s[1] : '(none)'; });");
    }

    /**
     * The canvas holds one pixel per cell and CSS scales it up: on a screen of any pixel density,
     * every screen pixel of the heatmap has exactly the colour of its cell (or, on a cell's edge at a
     * fractional scale, of the neighbour), never a blend of the two. (The outermost ring of pixels
     * is left out: at a fractional scale the heatmap's own edge may fall inside a screen pixel.)
     */
    @Test
    void everyScreenPixelOfTheHeatmapIsTheColourOfItsCell() throws IOException {
        for (double scale : new double[] {1, 1.5, 2}) {
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", scale, "mobile", false));
            try {
                openFilled("seq=abracadabra&seed=1&h=16");
                assertEquals(List.of(11L, 16L), browser.js("const c = document.getElementById('heatmap');"
                        + "return [c.width, c.height];"), "one canvas pixel per cell");
                BufferedImage shot = ImageIO.read(browser.screenshotOf("#heatmap", "heatmap-at-" + scale).toFile());
                assertEveryPixelIsItsCell(shot, widget.values(), scale);
            } finally {
                browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
        assertEquals("pixelated", browser.js("return getComputedStyle(document.getElementById('heatmap')).imageRendering;"),
                "never smoothed, whatever the zoom");
    }

    private static void assertEveryPixelIsItsCell(BufferedImage shot, double[][] values, double scale) {
        int steps = values.length;
        int hidden = values[0].length;
        double cellWidth = (double) shot.getWidth() / steps;
        double cellHeight = (double) shot.getHeight() / hidden;
        for (int y = 1; y < shot.getHeight() - 1; y++) {
            for (int x = 1; x < shot.getWidth() - 1; x++) {
                int colour = shot.getRGB(x, y) & 0xffffff;
                assertTrue(isACellAround(values, colour, x / cellWidth, (x + 1) / cellWidth, y / cellHeight,
                        (y + 1) / cellHeight), "pixel (" + x + ", " + y + ") at scale " + scale + " is #"
                        + Integer.toHexString(colour) + ", the colour of no cell there");
            }
        }
    }

    /** Whether {@code colour} is that of a cell within half a cell of columns [t0, t1] and rows [i0, i1]. */
    private static boolean isACellAround(double[][] values, int colour, double t0, double t1, double i0, double i1) {
        for (int t = (int) Math.max(0, t0 - 0.5); t <= Math.min(values.length - 1, t1 + 0.5); t++) {
            for (int i = (int) Math.max(0, i0 - 0.5); i <= Math.min(values[0].length - 1, i1 + 0.5); i++) {
                if (ColorScale.STATE.rgb(values[t][i]) == colour) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theHeatmapIsLaidOutAgainWhenTheWindowResizes() {
        browser.size(1280, 900);
        openFilled("seq=abracadabra%20abracadabra%20abracadabra");
        double wide = canvasWidth();
        browser.size(375, 812);
        browser.waitUntil("the heatmap narrows", () -> canvasWidth() < wide);
        assertEquals(0, pageOverflow());
        browser.size(1280, 900);
        browser.waitUntil("the heatmap widens again", () -> canvasWidth() == wide);
    }

    private double canvasWidth() {
        return ((Number) browser.js("return document.getElementById('heatmap').getBoundingClientRect().width;"))
                .doubleValue();
    }

    @Test
    void nothingMovesWhilePlaying() {
        browser.size(1280, 900);
        openFilled("");
        String layout = "return ['#playback', '#heatmap-box', '#cell-status', '.legend', '#numbers']"
                + ".map(s => { const r = document.querySelector(s === '#playback' ? '.playback' : s)"
                + ".getBoundingClientRect(); return [r.top + window.scrollY, r.left + window.scrollX, r.width, r.height].join(','); }).join(' ');";
        Object before = browser.js(layout);
        browser.click("#replay");
        java.util.Set<Object> seen = new java.util.HashSet<>();
        browser.waitUntil("the replay ends", () -> {
            seen.add(browser.js(layout));
            return widget.replayEnded(11);
        });
        assertEquals(java.util.Set.of(before), seen, "no layout shift while playing");
    }

    @Test
    void screenshotsInBothThemesAtBothWidths() {
        for (String scheme : new String[] {"light", "dark"}) {
            browser.emulateColorScheme(scheme);
            for (int width : new int[] {1280, 375}) {
                browser.size(width, 900);
                openFilled("");
                assertEquals(0, pageOverflow(), scheme + " at " + width);
                browser.screenshot("page-" + width + "-" + scheme);
                browser.screenshotOf("#playground", "widget-" + width + "-" + scheme);
            }
        }
        browser.emulateColorScheme("light");
        browser.size(1280, 900);
        assertEquals(List.of(), browser.errors());
    }
}
