package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rnnplayground.server.SiteServer;

/** A page whose engine cannot start says so, falling back where it can. */
class UpdateTest extends BrowserTest {
    private static final String HASH = "seq=cabrad&seed=7&h=10";

    /** No console error, and no request outside the site at {@code url}, since the last check. */
    private void assertCleanConsoleAndOrigin(String url) {
        assertEquals(List.of(), browser.consoleErrors());
        assertEquals(List.of(), browser.requestsOutside(url));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The compiled code of another program in place of the page's (as a page that mixed two versions
     * would get): its main returns without starting the playground. On WebAssembly GC nothing of the
     * page was touched, so the JavaScript engine starts instead; on JavaScript the page says so.
     */
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void anEngineThatDoesNotStartThePlaygroundIsToldAndReplacedWhereItCanBe(String engine) throws IOException {
        Path site = Site.copy("other-program");
        if (engine.equals("wasm")) {
            copy(site.resolve("bench.wasm"), site.resolve("classes.wasm"));
        } else {
            Files.writeString(site.resolve("classes.js"), "function main(args) {}\n");
        }
        Site.writeWorker(site);
        try (SiteServer server = SiteServer.onFreePort(site)) {
            browser.openAt(server.url(), "engine=" + engine, HASH);
            String line = browser.find("#engine").getText();
            if (engine.equals("wasm")) {
                assertEquals("js", browser.engine(), line);
                assertEquals("Engine: JavaScript (WebAssembly GC failed: its code stopped before the playground was"
                        + " ready)", line);
                assertArrayEquals(Widget.expected("cabrad", 7, 10), widget.values());
            } else {
                assertEquals("none", browser.engine(), line);
                assertEquals("The network could not start: its code stopped before the playground was ready.", line);
            }
            assertCleanConsoleAndOrigin(server.url());
        }
    }

    /**
     * A start that fails half-way (here: the heatmap's canvas is missing) is told; the
     * WebAssembly build has wired part of the page, so the JavaScript one is offered as a link.
     */
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aStartThatFailsHalfWayIsTold(String engine) throws IOException {
        Path site = Site.copy("broken-page");
        Path index = site.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("id=\"heatmap\" ", "id=\"heatmap-gone\" "));
        Site.writeWorker(site);
        try (SiteServer server = SiteServer.onFreePort(site)) {
            browser.openAt(server.url(), "engine=" + engine, HASH);
            assertEquals("none", browser.engine());
            String line = browser.find("#engine").getText();
            String on = engine.equals("wasm") ? " on WebAssembly GC" : "";
            assertTrue(line.startsWith("The network could not start" + on + ": "), line);
            if (engine.equals("wasm")) {
                assertTrue(line.endsWith(". Use the JavaScript engine"), line);
                assertEquals(server.url() + "index.html?engine=js#" + HASH,
                        browser.find("#engine a").getAttribute("href"));
            }
            assertCleanConsoleAndOrigin(server.url());
        }
    }
}
