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
 * A browser driven by the tests: open a page, run a script, click, type, read the errors, wait.
 * {@link Chromium} through chromedriver, {@link Firefox} over WebDriver BiDi, {@link WebKit} through
 * WebKitWebDriver.
 */
interface BrowserDriver extends AutoCloseable {
    Duration TIMEOUT = Duration.ofSeconds(30);

    /** Loads {@code url} afresh (a change of hash alone would not load it again); returns once the document has loaded. */
    void load(String url);

    /** Loads the page at {@code url} and waits until it has started an engine (or failed to). */
    default void open(String url) {
        load(url);
        waitUntil("the page has started an engine", () -> engine() != null);
    }

    /** Opens the test site's page with {@code query} (e.g. "engine=js") and {@code hash}. */
    default void open(String query, String hash) {
        openAt(Site.url(), query, hash);
    }

    /** Like {@link #open(String, String)} for the site at {@code siteUrl} (ending with "/"). */
    default void openAt(String siteUrl, String query, String hash) {
        open(siteUrl + "index.html" + (query.isEmpty() ? "" : "?" + query) + (hash.isEmpty() ? "" : "#" + hash));
    }

    /** The engine the page runs ("js", "wasm", "none" when it failed), or null while it starts. */
    default String engine() {
        return (String) js("return document.documentElement.getAttribute('data-engine');");
    }

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

    default void waitUntil(String what, BooleanSupplier condition) {
        new FluentWait<>(this).withTimeout(TIMEOUT).pollingEvery(Duration.ofMillis(100)).withMessage(what)
                .ignoring(RuntimeException.class).until(browser -> condition.getAsBoolean());
    }

    @Override
    void close();

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
