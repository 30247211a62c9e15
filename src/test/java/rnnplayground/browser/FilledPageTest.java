package rnnplayground.browser;

import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * A test class of the page on both engines whose tests start on a page with its numbers filled in, and
 * end with a clean console, no request outside the page's origin, and the window at a desktop's size.
 */
abstract class FilledPageTest extends PerEngineTest {
    @AfterEach
    void cleanAndBackToADesktop() {
        assertCleanConsoleAndOrigin();
        browser.size(1280, 900);
    }

    @Override
    void open(String hash) {
        super.open(hash);
        browser.waitUntil("the table is filled", () -> widget.filledColumns() > 0);
    }

    /** {left, top, right, bottom} of the element {@code css} on screen. */
    @SuppressWarnings("unchecked")
    List<Number> rect(String css) {
        return (List<Number>) browser.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.left, r.top, r.right, r.bottom];", css);
    }
}
