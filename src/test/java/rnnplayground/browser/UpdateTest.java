package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rnnplayground.server.SiteServer;

/**
 * A new deployment over a site a browser keeps offline, as two builds served one after the other
 * from the same address: a page loads one version from start to end, the new one waits until the
 * person takes it ("A new version is ready. Reload"), and the worker installs only files that match
 * their version. And a page whose engine cannot start says so, falling back where it can.
 */
class UpdateTest extends PerEngineTest {
    private static final String HASH = "seq=cabrad&seed=7&h=10";
    /**
     * Reads the mark at the end of classes.wasm (see {@link #version}) as the page's loader fetches it,
     * before any of the page's scripts run: a test's view of the bytes, no part of the site.
     */
    private static final String WASM_MARK_READER = "(() => { const fetched = window.fetch;"
            + "window.fetch = function () { return fetched.apply(this, arguments).then(response => {"
            + "  if (response.url.endsWith('.wasm')) response.clone().arrayBuffer().then(bytes => {"
            + "    const all = new Uint8Array(bytes); (self.site = self.site || {})['classes.wasm'] = all[all.length - 1] - 48;"
            + "  });"
            + "  return response; }); }; })();";

    private Path first;
    private Path second;
    /** The second version half deployed: its worker, with the first version's style.css still served. */
    private Path halfDeployed;

    @BeforeAll
    void buildTwoVersions() {
        first = version(1);
        second = version(2);
        halfDeployed = version(2);
        copy(first.resolve("style.css"), halfDeployed.resolve("style.css"));
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WASM_MARK_READER));
    }

    /** No console error, and no request outside the site at {@code url}, since the last check. */
    private void assertCleanConsoleAndOrigin(String url) {
        assertEquals(List.of(), browser.errors());
        assertEquals(List.of(), browser.requestsOutside(url));
    }

    /**
     * A build of the site in which every file a page loads tells its version {@code n}: an attribute
     * of index.html, a property in style.css, a statement at the end of each script, a custom section
     * at the end of classes.wasm; and the worker the build writes for those files.
     */
    private static Path version(int n) {
        Path site = Site.copy("site-" + n);
        try {
            Path index = site.resolve("index.html");
            Files.writeString(index, Files.readString(index).replace("<html lang=\"en\">",
                    "<html lang=\"en\" data-site=\"" + n + "\">"));
            Files.writeString(site.resolve("style.css"), "\n:root { --site: " + n + "; }\n", StandardOpenOption.APPEND);
            for (String script : List.of("boot.js", "first.js", "classes.js", "classes.wasm-runtime.js")) {
                Files.writeString(site.resolve(script), "\n;(self.site = self.site || {})['" + script + "'] = " + n + ";\n",
                        StandardOpenOption.APPEND);
            }
            // a custom section "site" (id 0, 6 bytes: the name's length, "site", the digit)
            Files.write(site.resolve("classes.wasm"), new byte[] {0, 6, 4, 's', 'i', 't', 'e', (byte) ('0' + n)},
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Site.writeWorker(site);
        return site;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address's folder: a link to one of the builds, switched at once from one to another. */
    private static Path deploy(Path live, Path build) {
        try {
            Path next = live.resolveSibling("next");
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, build.toAbsolutePath());
            return Files.move(next, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files the page on {@code engine} loads. */
    private List<String> filesOf() {
        return engine == Engine.JS ? List.of("index.html", "style.css", "boot.js", "first.js", "classes.js")
                : List.of("index.html", "style.css", "boot.js", "first.js", "classes.wasm-runtime.js", "classes.wasm");
    }

    /** The version of each file the page loaded, as the files tell it. */
    @SuppressWarnings("unchecked")
    private Map<String, String> versionsUsed() {
        Map<String, Object> marks = (Map<String, Object>) browser.js("const site = self.site || {};"
                + "return Object.assign({}, site, {'index.html': document.documentElement.getAttribute('data-site'),"
                + "  'style.css': getComputedStyle(document.documentElement).getPropertyValue('--site').trim()});");
        Map<String, String> used = new LinkedHashMap<>();
        for (String file : filesOf()) {
            used.put(file, String.valueOf(marks.get(file)));
        }
        return used;
    }

    /** Every file the page loaded is of version {@code n}, and the widget works. */
    private void assertOneVersion(int n) {
        browser.waitUntil("the page has read all its files", () -> !versionsUsed().containsValue("null"));
        Map<String, String> expected = new LinkedHashMap<>();
        filesOf().forEach(file -> expected.put(file, String.valueOf(n)));
        assertEquals(expected, versionsUsed(), "one version from start to end");
        assertEquals(engine.key, browser.engine());
        assertArrayEquals(Widget.expected("cabrad", 7, 10), widget.values());
    }

    /** Opens the page at {@code url} once so that the worker keeps the site, then again from that copy. */
    private void visitTwice(String url) {
        browser.openAt(url, "engine=" + engine, HASH);
        browser.waitUntil("the offline copy is ready", browser::offlineCopyReady);
        browser.openAt(url, "engine=" + engine, HASH);
        assertTrue(browser.controlled());
    }

    /** Looks for a new version now, as the browser does on a visit: what became of the new worker. */
    private String lookForANewVersion() {
        return (String) browser.jsAsync("navigator.serviceWorker.getRegistration().then(r => r.update().then(() => {"
                + "  const worker = r.installing || r.waiting;"
                + "  if (!worker) { done('no new worker'); return; }"
                + "  const settled = () => worker.state !== 'installing' && (done(worker.state), true);"
                + "  if (!settled()) worker.addEventListener('statechange', settled);"
                + "})).catch(e => done('failed: ' + e.message));");
    }

    /** What the page gets when it asks for {@code file} now, as it does for a file it needs late. */
    private String lateRequestFor(String file) {
        return (String) browser.jsAsync("fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                file);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private String notice() {
        return browser.find("#update").getText();
    }

    private List<String> cachesOf(String url, Path... builds) {
        return List.of(builds).stream().map(build -> "rnn-playground " + url + " " + Site.workerVersion(build)).toList();
    }

    @Test
    void aPageLoadsOneVersionAndTheNewOneWaitsForTheReloadButton() throws IOException {
        Path live = deploy(Site.scratch("deployed").resolve("live"), first);
        try (SiteServer server = SiteServer.onFreePort(live)) {
            String url = server.url();
            visitTwice(url);
            assertOneVersion(1);

            deploy(live, second);
            assertEquals("installed", lookForANewVersion());
            assertTrue(lateRequestFor("style.css").endsWith(":root { --site: 1; }\n"),
                    "a file the page asks for after the new version installed is of its own version");
            assertTrue(browser.controlled());
            browser.waitUntil("the page offers the new version", () -> !notice().isEmpty());
            assertEquals("A new version is ready. Reload", notice());
            browser.screenshotOf("#playground", "update-notice-1280-" + engine);
            assertOneVersion(1);
            assertEquals(sorted(cachesOf(url, first, second)), sorted(browser.cacheNames()),
                    "both copies are kept while a page of the old one is open");

            browser.driver.navigate().refresh();
            browser.waitUntil("the page starts again", () -> browser.pageHas(
                    "document.documentElement.hasAttribute('data-engine')"));
            assertOneVersion(1);
            browser.waitUntil("the page offers the new version again", () -> !notice().isEmpty());

            browser.find("#update button").click();
            browser.waitUntil("the new version loads", () -> browser.pageHas(
                    "document.documentElement.getAttribute('data-site') === '2'"
                    + " && document.documentElement.hasAttribute('data-engine')"));
            assertOneVersion(2);
            assertTrue(browser.controlled());
            assertEquals("", notice());
            browser.waitUntil("the old copy is gone", () -> browser.cacheNames().equals(cachesOf(url, second)));
            assertCleanConsoleAndOrigin(url);
        }
    }

    @Test
    void aFileThatDoesNotMatchItsVersionFailsTheInstall() throws IOException {
        Path live = deploy(Site.scratch("deployed").resolve("live"), first);
        try (SiteServer server = SiteServer.onFreePort(live)) {
            String url = server.url();
            visitTwice(url);

            deploy(live, halfDeployed); // the new worker, and an old style.css (stale, or not deployed yet)
            assertEquals("redundant", lookForANewVersion(), "the install fails");
            assertEquals(cachesOf(url, first), browser.cacheNames(), "nothing of it is kept");
            assertEquals("", notice());
            assertOneVersion(1);

            deploy(live, second); // the deployment completes: the next look installs it
            assertEquals("installed", lookForANewVersion());
            browser.waitUntil("the page offers the new version", () -> !notice().isEmpty());
            browser.find("#update button").click();
            browser.waitUntil("the new version loads", () -> browser.pageHas(
                    "document.documentElement.getAttribute('data-site') === '2'"
                    + " && document.documentElement.hasAttribute('data-engine')"));
            assertOneVersion(2);
            assertCleanConsoleAndOrigin(url);
        }
    }

    /**
     * The page's copy damaged (its engine's compiled code, and classes.js too on WebAssembly, so that
     * it cannot start) while the site has moved on to a new version, which cannot repair it: the page
     * says so, and Repair and reload loads the new version.
     */
    @Test
    void aDamagedCopyOfAVersionTheSiteNoLongerHasIsReplacedByRepairAndReload() throws IOException {
        Path live = deploy(Site.scratch("deployed").resolve("live"), first);
        try (SiteServer server = SiteServer.onFreePort(live)) {
            String url = server.url();
            visitTwice(url);
            deploy(live, second);
            browser.damageCachedFile(engine.compiledFile);
            browser.damageCachedFile(Engine.JS.compiledFile);
            browser.openAt(url, "engine=" + engine, HASH);
            assertEquals("none", browser.engine());
            assertEquals("The network could not start: the offline copy is damaged, and the site has moved on to a new"
                    + " version. Repair and reload", browser.find("#engine").getText());
            browser.click("#engine .repair");
            browser.waitUntil("the new version loads", () -> browser.pageHas(
                    "document.documentElement.getAttribute('data-site') === '2'"
                    + " && document.documentElement.hasAttribute('data-engine')"));
            assertOneVersion(2);
            browser.waitUntil("the new version is kept offline", browser::offlineCopyReady);
            browser.waitUntil("and only it", () -> browser.cacheNames().equals(cachesOf(url, second)));
            browser.errors(); // the damaged copy's 503s
            assertEquals(List.of(), browser.requestsOutside(url));
        }
    }

    /**
     * The compiled code of another program in place of the page's (as a page that mixed two versions
     * would get): its main returns without starting the playground. On WebAssembly GC nothing of the
     * page was touched, so the JavaScript engine starts instead; on JavaScript the page says so.
     */
    @Test
    void anEngineThatDoesNotStartThePlaygroundIsToldAndReplacedWhereItCanBe() throws IOException {
        Path site = Site.copy("other-program");
        if (engine == Engine.WASM) {
            copy(site.resolve("bench.wasm"), site.resolve("classes.wasm"));
        } else {
            Files.writeString(site.resolve("classes.js"), "function main(args) {}\n");
        }
        Site.writeWorker(site);
        try (SiteServer server = SiteServer.onFreePort(site)) {
            browser.openAt(server.url(), "engine=" + engine, HASH);
            String line = browser.find("#engine").getText();
            if (engine == Engine.WASM) {
                assertEquals("js", browser.engine(), line);
                assertEquals("Runs in your browser on JavaScript (WebAssembly GC failed: its code stopped before the"
                        + " playground was ready).", line);
                assertArrayEquals(Widget.expected("cabrad", 7, 10), widget.values());
            } else {
                assertEquals("none", browser.engine(), line);
                assertEquals("The network could not start: its code stopped before the playground was ready."
                        + " Repair and reload", line);
            }
            assertCleanConsoleAndOrigin(server.url());
        }
    }

    /**
     * A start that fails half-way (here: the heatmap's canvas is missing) is told, with a button that
     * repairs the offline copy and loads the page again. The WebAssembly build has wired part of the
     * page: the next load runs on JavaScript, which fails the same way here.
     */
    @Test
    void aStartThatFailsHalfWayIsTold() throws IOException {
        Path site = Site.copy("broken-page");
        Path index = site.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("id=\"lane\" ", "id=\"lane-gone\" "));
        Site.writeWorker(site);
        try (SiteServer server = SiteServer.onFreePort(site)) {
            browser.openAt(server.url(), "engine=" + engine, HASH);
            assertEquals("none", browser.engine());
            String line = browser.find("#engine").getText();
            assertTrue(line.startsWith("The network could not start: "), line);
            assertTrue(line.endsWith(". Repair and reload"), line);
            assertEquals(0L, browser.js("return sessionStorage.length;"), "the load on JavaScript was for once");
            assertCleanConsoleAndOrigin(server.url());
        }
    }

    /**
     * The WebAssembly build fails after it began wiring the page (a test's script makes its main do
     * so): the page loads again on JavaScript, says why, and the load after that is on WebAssembly.
     */
    @Test
    void aWebAssemblyBuildThatFailsHalfWayLeavesJavaScriptForOneLoad() {
        assumeTrue(engine == Engine.WASM, "a failure of the WebAssembly build");
        @SuppressWarnings("unchecked")
        Map<String, Object> added = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", FAIL_AFTER_WIRING));
        try {
            browser.open("engine=wasm", HASH);
            assertEquals("js", browser.engine());
            assertEquals("Runs in your browser on JavaScript (WebAssembly GC failed on the last load: a failure after"
                    + " wiring).", browser.find("#engine").getText());
            assertArrayEquals(Widget.expected("cabrad", 7, 10), widget.values());
        } finally {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
        browser.driver.navigate().refresh();
        browser.waitUntil("the page starts again", () -> browser.engine() != null);
        assertEquals("wasm", browser.engine(), "the next load tries WebAssembly again");
        assertArrayEquals(Widget.expected("cabrad", 7, 10), widget.values());
        assertCleanConsoleAndOrigin(Site.url());
    }

    /**
     * A test's script, before the page's: the WebAssembly build's main marks the widget as begun and
     * throws, as a start that fails half-way does.
     */
    private static final String FAIL_AFTER_WIRING = "(() => { let teavm;"
            + "Object.defineProperty(window, 'TeaVM', { configurable: true, get: () => teavm, set: value => {"
            + "  teavm = value; let gc;"
            + "  Object.defineProperty(value, 'wasmGC', { configurable: true, get: () => gc, set: loader => {"
            + "    gc = loader; const load = loader.load;"
            + "    loader.load = function () { return load.apply(this, arguments).then(() => ({ exports: { main() {"
            + "      document.getElementById('playground').setAttribute('data-start', 'begun');"
            + "      throw new Error('a failure after wiring'); } } })); };"
            + "  } });"
            + "} }); })();";
}
