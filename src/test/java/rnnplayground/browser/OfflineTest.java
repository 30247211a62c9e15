package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
