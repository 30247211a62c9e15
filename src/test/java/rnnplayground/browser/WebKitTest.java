package rnnplayground.browser;

import java.nio.file.Files;

/** The widget in WebKitGTK (MiniBrowser through WebKitWebDriver, under Xvfb). */
class WebKitTest extends OtherBrowserTest {
    @Override
    boolean installed() {
        return Files.isExecutable(WebKit.DRIVER) && Files.isExecutable(WebKit.MINIBROWSER)
                && Files.isExecutable(WebKit.XVFB);
    }

    @Override
    BrowserDriver start() {
        return new WebKit();
    }
}
