package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rnnplayground.server.SiteServer;

/**
 * The site under a sub-path (as GitHub Pages serves a project) and offline: after one visit it
 * reloads and works with the network off, and a new deployment replaces the offline copy.
 */
class OfflineTest extends PerEngineTest {
    private static final String BASE = "/rnn-playground/";
    private static final String HASH = "seq=cabrad&seed=7&h=10";

    @AfterEach
    void online() {
        browser.offline(false);
    }

    private void assertValues(String sequence, int seed, int hidden) {
        assertEquals(engine.key, browser.engine());
        assertEquals(sequence, widget.sequence());
        assertArrayEquals(Widget.expected(sequence, seed, hidden), widget.values());
    }

    /** Types, replays and draws new weights, and checks the values after each. */
    private void useTheWidget(int hidden) {
        widget.typeAt(3, 3, "d");
        assertValues("cabdrad", 7, hidden);
        browser.click("#replay");
        browser.waitUntil("the replay ends", () -> widget.replayEnded(7));
        browser.click("#reweight");
        browser.waitUntil("the new replay ends", () -> widget.filledColumns() == 7);
        long seed = widget.seed();
        assertEquals(List.of(), List.of(widget.values()).stream().filter(r -> Double.isNaN(r[0])).toList());
        assertArrayEquals(Widget.expected("cabdrad", (int) seed, hidden), widget.values());
        widget.train(10);
        assertArrayEquals(Widget.expected(widget.hash()), widget.values(), "trained");
        assertTrue(browser.find("#training-where").getText().startsWith("Training runs in a worker"),
                browser.find("#training-where").getText());
    }

    @Test
    void worksUnderASubPathWithRelativeAddressesOnly() throws IOException {
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY, BASE)) {
            String url = server.url();
            assertTrue(url.endsWith(BASE), url);
            browser.openAt(url, "engine=" + engine, "seq=cabrad&seed=7&h=10");
            assertValues("cabrad", 7, 10);
            assertEquals(List.of(), browser.requestsOutside(url), "every file comes from under " + BASE);
            assertTrue(browser.requestedFiles().contains("style.css"));
            browser.open(url + "?engine=" + engine + "#seq=cabrad&seed=7&h=10");
            assertValues("cabrad", 7, 10);
            assertEquals(List.of(), browser.errors());

            HttpURLConnection connection = (HttpURLConnection) URI.create(url.substring(0, url.length() - 1))
                    .toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            assertEquals(301, connection.getResponseCode(), "the folder without its slash redirects");
            HttpURLConnection root = (HttpURLConnection) URI.create(url.replace(BASE, "/index.html")).toURL()
                    .openConnection();
            assertEquals(404, root.getResponseCode(), "nothing is served outside the base path");
        }
    }

    @Test
    void afterOneVisitItReloadsAndWorksWithTheNetworkOff() throws IOException {
        String url;
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY, BASE)) {
            url = server.url();
            browser.openAt(url, "engine=" + engine, "seq=cabrad&seed=7&h=10");
            browser.waitUntil("the offline copy is ready", browser::offlineCopyReady);
        }
        browser.offline(true); // and the server is gone too
        browser.openAt(url, "engine=" + engine, "seq=cabrad&seed=7&h=10");
        assertTrue(browser.controlled());
        assertValues("cabrad", 7, 10);
        useTheWidget(10);
        assertEquals(false, browser.js("return navigator.onLine;"), "the page really is offline");
        browser.open(url + "?engine=" + engine + "#seq=cabrad&seed=7&h=10");
        assertValues("cabrad", 7, 10);
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void aNewDeploymentReplacesTheOfflineCopyOnceThePersonReloads() throws IOException {
        Path copy = Site.copy("site");
        try (SiteServer server = SiteServer.onFreePort(copy, BASE)) {
            String url = server.url();
            browser.openAt(url, "engine=" + engine, "seq=cabrad&seed=7&h=10");
            browser.waitUntil("the offline copy is ready", browser::offlineCopyReady);
            browser.openAt(url, "engine=" + engine, "seq=cabrad&seed=7&h=10");
            assertTrue(browser.controlled());
            String version = Site.workerVersion(copy);
            assertEquals(List.of("rnn-playground " + url + " " + version), browser.cacheNames());

            // the next deployment: a changed page and the worker the build writes for it
            Files.writeString(copy.resolve("index.html"), Files.readString(copy.resolve("index.html"))
                    .replace("<h1>Recurrent Networks</h1>", "<h1>Recurrent Networks, again</h1>"));
            Site.writeWorker(copy);
            String next = Site.workerVersion(copy);

            browser.openAt(url, "engine=" + engine, "seq=cabrad&seed=7&h=10");
            assertEquals("Recurrent Networks", browser.find("h1").getText(), "the page loads the version it began with");
            browser.waitUntil("the page offers the new version", () -> !browser.find("#update").getText().isEmpty());
            browser.find("#update button").click();
            browser.waitUntil("the new version loads", () -> browser.pageHas(
                    "document.querySelector('h1').textContent === 'Recurrent Networks, again'"
                    + " && document.documentElement.hasAttribute('data-engine')"));
            assertValues("cabrad", 7, 10);
            browser.waitUntil("the new offline copy replaces the old one",
                    () -> browser.cacheNames().equals(List.of("rnn-playground " + url + " " + next)));
            assertEquals(List.of(), browser.errors());
        }
    }

    /** Opens the page at {@code url} once so that the worker keeps the site, then again from that copy. */
    private void visitTwice(String url) {
        browser.openAt(url, "engine=" + engine, HASH);
        browser.waitUntil("the offline copy is ready", browser::offlineCopyReady);
        browser.openAt(url, "engine=" + engine, HASH);
        assertTrue(browser.controlled());
    }

    /** Damages {@code file} in the offline copy, and checks that it is. */
    private void damage(String file) {
        browser.damageCachedFile(file);
        assertNotEquals(Site.sha256(file), browser.cachedSha256(file));
    }

    /** The port of the site at {@code url}, to serve it there again once the network is back. */
    private static int portOf(String url) {
        return URI.create(url).getPort();
    }

    private String engineLine() {
        return browser.find("#engine").getText();
    }

    /**
     * A file of the copy damaged since it was kept (the engine's compiled code), the page opened again
     * online: the worker finds it does not match, fetches it again, and the page starts on its engine
     * as if nothing had happened. The copy holds the file as built again.
     */
    @Test
    void aDamagedFileOfTheCopyIsFetchedAgainOnline() throws IOException {
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY, BASE)) {
            String url = server.url();
            visitTwice(url);
            damage(engine.compiledFile);
            browser.openAt(url, "engine=" + engine, HASH);
            assertTrue(browser.controlled());
            assertValues("cabrad", 7, 10);
            assertEquals("Runs in your browser on " + (engine == Engine.JS ? "JavaScript (chosen in the address)."
                    : "WebAssembly GC (chosen in the address)."), engineLine());
            assertEquals(Site.sha256(engine.compiledFile), browser.cachedSha256(engine.compiledFile),
                    "the copy is repaired");
            assertEquals(List.of(), browser.errors());
        }
    }

    /**
     * The same with the network off: the page says the copy is damaged, and where it cannot start, it
     * offers Repair and reload, which waits for the network; once it is back, the button drops the
     * copy and loads the page, which starts and keeps a new copy. On WebAssembly, a damaged
     * classes.wasm leaves the JavaScript engine for that load, saying why; then classes.js is damaged too.
     */
    @Test
    void aDamagedCopyOfflineIsToldAndRepairAndReloadMendsItOnceOnline() throws IOException {
        String url;
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY, BASE)) {
            url = server.url();
            visitTwice(url);
        }
        browser.offline(true);
        damage(engine.compiledFile);
        if (engine == Engine.WASM) {
            browser.openAt(url, "engine=wasm", HASH);
            assertEquals("js", browser.engine());
            assertEquals("Runs in your browser on JavaScript (WebAssembly GC failed: the offline copy is damaged;"
                    + " connect once to repair it).", engineLine());
            assertArrayEquals(Widget.expected("cabrad", 7, 10), widget.values());
            damage(Engine.JS.compiledFile);
        }
        browser.openAt(url, "engine=" + engine, HASH);
        assertEquals("none", browser.engine());
        assertEquals("The network could not start: the offline copy is damaged; connect once to repair it."
                + " Repair and reload", engineLine());
        browser.screenshotOf("#playground", "damaged-copy-1280-" + engine);
        browser.click("#engine .repair");
        browser.waitUntil("the button says the site cannot be reached", () -> engineLine().endsWith(
                "Repair and reload The site cannot be reached: connect, then press it again."));
        assertEquals(List.of("rnn-playground " + url + " " + Site.workerVersion(Site.DIRECTORY)), browser.cacheNames(),
                "offline, the copy is kept");

        try (SiteServer server = new SiteServer(Site.DIRECTORY, "127.0.0.1", portOf(url), BASE)) {
            browser.offline(false);
            browser.click("#engine .repair");
            browser.waitUntil("the page loads again", () -> browser.pageHas(
                    "document.documentElement.getAttribute('data-engine') === '" + engine + "'"));
            assertValues("cabrad", 7, 10);
            browser.waitUntil("a new copy is kept", browser::offlineCopyReady);
            for (String file : List.of("classes.js", "classes.wasm")) {
                assertEquals(Site.sha256(file), browser.cachedSha256(file), file);
            }
            browser.errors(); // the damaged copy's 503s
        }
    }

    /**
     * A damaged boot.js, the script without which the page could not even say what is wrong: offline,
     * the page opened is a plain one saying the copy is damaged; online again, it is repaired.
     */
    @Test
    void aPageWhoseBootScriptIsDamagedSaysSoOfflineAndIsRepairedOnline() throws IOException {
        assumeTrue(engine == Engine.JS, "the same on both engines");
        String url;
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY, BASE)) {
            url = server.url();
            visitTwice(url);
        }
        damage("boot.js");
        browser.offline(true);
        browser.load(url + "index.html?engine=js#" + HASH);
        assertEquals("The offline copy of this page is damaged; connect once to repair it, then reload.",
                browser.find("#damaged").getText());
        try (SiteServer server = new SiteServer(Site.DIRECTORY, "127.0.0.1", portOf(url), BASE)) {
            browser.offline(false);
            browser.openAt(url, "engine=js", HASH);
            assertValues("cabrad", 7, 10);
            assertEquals(Site.sha256("boot.js"), browser.cachedSha256("boot.js"));
            browser.errors(); // the damaged page's 503
        }
    }
}

