package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The page at a phone's and a desktop's width, in both themes; screenshots go to target/screenshots. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutTest {
    private Browser browser;
    private Widget widget;

    @BeforeAll
    void start() {
        browser = new Browser();
        widget = new Widget(browser);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

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
    void screenshotsInBothThemesAtBothWidths() {
        for (String scheme : new String[] {"light", "dark"}) {
            browser.emulateColorScheme(scheme);
            for (int width : new int[] {1280, 375}) {
                browser.size(width, 900);
                openFilled("");
                assertEquals(0, pageOverflow(), scheme + " at " + width);
                browser.screenshot("page-" + width + "-" + scheme);
            }
        }
        browser.emulateColorScheme("light");
        browser.size(1280, 900);
        assertEquals(List.of(), browser.consoleErrors());
    }
}
