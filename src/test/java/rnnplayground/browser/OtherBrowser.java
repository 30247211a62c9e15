package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * What the cross-browser test needs from Firefox or WebKit: open a page, run a script, click, type.
 * Each is driven through its own protocol (WebDriver BiDi for Firefox, WebKitWebDriver for WebKit).
 */
interface OtherBrowser extends AutoCloseable {
    Duration TIMEOUT = Duration.ofSeconds(30);

    /** Loads {@code url} afresh and returns once the document has loaded. */
    void open(String url);

    /**
     * Runs {@code body} as the body of a function in the page; its result must be a string, a number,
     * a boolean or null.
     */
    Object js(String body);

    /** Clicks the middle of the element {@code css} (scrolled into view) with the mouse. */
    void click(String css);

    /** Types {@code text} with the keyboard into the focused element, one key at a time. */
    void type(String text);

    /** Errors the page reported (console errors, uncaught exceptions, policy violations) since the last call. */
    List<String> errors();

    @Override
    void close();

    default void waitUntil(String what, BooleanSupplier condition) {
        new FluentWait<>(this).withTimeout(TIMEOUT).pollingEvery(Duration.ofMillis(100)).withMessage(what)
                .ignoring(RuntimeException.class).until(browser -> condition.getAsBoolean());
    }

    /** Ends {@code process}: politely, then by force after ten seconds. */
    static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
