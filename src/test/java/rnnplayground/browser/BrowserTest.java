package rnnplayground.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class with one headless Chromium for all its tests, and a reader of the widget in it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    Browser browser;
    Widget widget;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
        widget = new Widget(browser);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
