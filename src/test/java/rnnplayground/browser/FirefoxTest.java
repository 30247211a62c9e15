package rnnplayground.browser;

import java.nio.file.Files;

/** The widget in Firefox ESR (WebDriver BiDi). */
class FirefoxTest extends OtherBrowserTest {
    @Override
    boolean installed() {
        return Files.isExecutable(Firefox.BINARY);
    }

    @Override
    BrowserDriver start() {
        return new Firefox();
    }
}
