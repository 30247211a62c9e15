package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theHeatmapIsDrawnAtDevicePixelsOnHighDpiScreens() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 1280, "height", 900, "deviceScaleFactor", 2, "mobile", false));
        try {
            openFilled("");
            assertCanvasScale(2);
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        openFilled("");
        assertCanvasScale(1);
        assertEquals("pixelated", browser.js("return getComputedStyle(document.getElementById('heatmap')).imageRendering;"),
                "never smoothed, whatever the zoom");
    }

    private void assertCanvasScale(int scale) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) browser.js("const c = document.getElementById('heatmap');"
                + "const r = c.getBoundingClientRect(); return [c.width, r.width, c.height, r.height];");
        assertEquals(sizes.get(1).doubleValue() * scale, sizes.get(0).doubleValue(), 0.5, "backing width");
        assertEquals(sizes.get(3).doubleValue() * scale, sizes.get(2).doubleValue(), 0.5, "backing height");
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
        browser.find("#replay").click();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        browser.waitUntil("the replay ends", () -> {
            seen.add(browser.js(layout));
            return widget.filledColumns() == 11
                    && browser.driver.findElements(org.openqa.selenium.By.cssSelector("#strip .current")).isEmpty();
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
        assertEquals(List.of(), browser.consoleErrors());
    }
}
