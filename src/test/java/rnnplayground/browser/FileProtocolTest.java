package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built site opened straight from disk (file://): the JavaScript engine runs it with everything
 * working. (Browsers do not fetch WebAssembly from file://, so there is no WebAssembly variant.)
 */
class FileProtocolTest extends BrowserTest {
    private String page;

    @BeforeAll
    void start() {
        page = Site.DIRECTORY.toAbsolutePath().normalize().resolve("index.html").toUri().toString();
    }

    @Test
    void everythingWorksFromDiskOnTheJavaScriptEngine() throws IOException {
        assertTrue(page.startsWith("file:/"), page);
        browser.open(page + "#seq=cab%20rad&seed=7&h=10");
        assertEquals("js", browser.engine());
        assertTrue(browser.find("#engine").getText().contains("opened from disk"), browser.find("#engine").getText());
        assertArrayEquals(Widget.expected("cab rad", 7, 10), widget.values());

        widget.typeAt(3, 4, "d");
        assertEquals("cabdrad", widget.sequence());
        assertArrayEquals(Widget.expected("cabdrad", 7, 10), widget.values());
        assertTrue(((String) browser.js("return location.hash;")).startsWith("#seq=cabdrad&seed=7&h=10"));

        browser.click("#replay");
        browser.waitUntil("the replay ends", () -> widget.replayEnded(7));
        browser.click("#reweight");
        browser.waitUntil("the new replay ends", () -> widget.replayEnded(7));
        long seed = widget.seed();
        assertArrayEquals(Widget.expected("cabdrad", (int) seed, 10), widget.values());

        Path downloads = browser.allowDownloads();
        browser.click("#export-csv");
        String name = "rnn-states-cabdrad-seed" + seed + "-h10.csv";
        List<String> lines = Files.readAllLines(browser.downloaded(downloads, name));
        assertEquals(8, lines.size());

        widget.train(20);
        String link = browser.location().substring(browser.location().indexOf('#'));
        assertTrue(link.contains("&train="), link);
        assertArrayEquals(Widget.expected(link), widget.values(), "trained from disk as on the JVM");
        assertEquals("Training runs on the page: the browser refused a worker to a page opened from disk.",
                browser.find("#training-where").getText());

        browser.click("#copy-link");
        browser.waitUntil("Copy link answers", () -> !browser.find("#share-status").getText().isEmpty());

        assertEquals(false, browser.js("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);"));
        assertEquals(List.of(), browser.requestsOutside(page.substring(0, page.lastIndexOf('/') + 1)));
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void askingForWebAssemblyFromDiskFallsBackToJavaScriptAndSaysWhy() {
        browser.open(page + "?engine=wasm#seq=cab&seed=7&h=10");
        assertEquals("js", browser.engine());
        assertTrue(browser.find("#engine").getText().contains("WebAssembly GC failed"), browser.find("#engine").getText());
        assertArrayEquals(Widget.expected("cab", 7, 10), widget.values());
        browser.errors(); // the refused fetch of classes.wasm is logged; that is the point here
    }
}
