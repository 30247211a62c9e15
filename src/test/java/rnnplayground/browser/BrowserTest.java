package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class with one headless Chromium for all its tests, and a reader of the widget in it. (The class
 * has one instance: the runs of a {@link PerEngineTest} share it, and its browser.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    Chromium browser;
    Widget widget;

    @BeforeAll
    void startBrowser() {
        browser = new Chromium();
        widget = new Widget(browser);
    }

    /** No console error and no request outside the page's origin since the last check. */
    void assertCleanConsoleAndOrigin() {
        assertEquals(List.of(), browser.errors());
        assertEquals(List.of(), browser.foreignRequests());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
