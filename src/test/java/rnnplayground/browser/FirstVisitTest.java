package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * A first visit: the small build (first.js) draws the first heatmap before the engine's build has
 * loaded, and the engine then takes the heatmap over with the same pixels and the same DOM. The page's
 * request for the engine's build is held back until the test has looked at the page between the two.
 */
class FirstVisitTest extends PerEngineTest {
    /**
     * Run before any script of the page: when the first heatmap is marked, it notes the heatmap's box as
     * it is then (its HTML, every canvas's size and pixels) and the files requested so far; and it holds
     * the engine's scripts back (boot.js appends them to the head) until the test releases them.
     */
    private static final String PROBE = "(() => {"
            + "  const append = Node.prototype.appendChild;"
            + "  window.held = [];"
            + "  Node.prototype.appendChild = function (node) {"
            + "    if (node instanceof HTMLScriptElement && /classes\\./.test(node.src) && !window.released) {"
            + "      window.held.push(() => append.call(this, node));"
            + "      return node;"
            + "    }"
            + "    return append.call(this, node);"
            + "  };"
            + "  window.releaseEngine = () => { window.released = true; window.held.splice(0).forEach(f => f()); };"
            + "  const mark = performance.mark.bind(performance);"
            + "  performance.mark = (name, options) => {"
            + "    const entry = mark(name, options);"
            + "    if (name === 'first-heatmap' && !window.firstSeen) {"
            + "      window.firstSeen = {box: window.heatmapBoxNow(),"
            + "          files: performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.split('/').pop()),"
            + "          engine: typeof TeaVM !== 'undefined' || typeof main === 'function'};"
            + "    }"
            + "    return entry;"
            + "  };"
            + "  window.heatmapBoxNow = () => {"
            + "    const box = document.getElementById('heatmap-box');"
            + "    return {html: box.outerHTML, canvases: Array.from(box.querySelectorAll('canvas'), c => c.width + 'x'"
            + "        + c.height + ':' + Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data).join(','))};"
            + "  };"
            + "})();";

    @BeforeParameterizedClassInvocation
    void firstVisits() {
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.driver.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
    }

    @AfterEach
    void clean() {
        assertCleanConsoleAndOrigin();
    }

    @Test
    void theSmallBuildDrawsTheFirstHeatmapAndTheEngineTakesItOver() {
        Map<String, Object> first = visit("", 1280, "first-visit-1280");
        List<String> files = files(first);
        assertTrue(files.contains("first.js"), "the small build drew the first heatmap: " + files);
        assertEquals(List.of(), files.stream().filter(f -> f.startsWith("classes")).toList(),
                "the engine's build was not even requested before the first heatmap");
        assertEquals(false, first.get("engine"));
        assertEquals(1L, browser.js("return performance.getEntriesByName('first-heatmap').length;"),
                "the engine marks no second first heatmap");
        assertEquals(true, browser.js("const mark = performance.getEntriesByName('first-heatmap')[0].startTime;"
                + "return performance.getEntriesByType('resource').filter(e => /classes\\.(js|wasm)$/.test(e.name))"
                + "    .every(e => e.responseEnd > mark);"), "the engine's build finished loading after the first heatmap");
        assertEquals("11x16", dimensions(first).get(0), "the default: h of size 16 over abracadabra");
        assertTakenOverUnchanged(first);
    }

    @Test
    void aLinkDrawsItsOwnFirstHeatmap() {
        Map<String, Object> first = visit("seq=abba%20cab&seed=7&h=24&cell=gru&gates=on&compare=lstm&rho=1.2&colour=3&lr=0.03",
                375, "first-visit-375-link");
        assertEquals("8x24", dimensions(first).get(0), "h of size 24 over the link's 8 symbols");
        assertTrue(dimensions(first).size() > 4, "the link's gates and its compared lane: " + dimensions(first));
        assertTakenOverUnchanged(first);
        assertNotEquals(0L, browser.js("return document.querySelectorAll('#lane-2 canvas').length;"));
    }

    /** A link the small build does not read (a value chosen): it draws nothing, and the engine draws the first heatmap. */
    @Test
    void aLinkTheSmallBuildLeavesIsDrawnByTheEngine() {
        browser.size(1280, 900);
        browser.driver.get("about:blank");
        browser.js("location.href = arguments[0];", Site.url() + "index.html?engine=" + engine
                + "#seq=abracadabra&seed=1&h=16&open=h:3,5");
        browser.waitUntil("the engine's build asked for", () -> browser.pageHas("window.held.length > 0"));
        assertEquals(true, browser.js("return performance.getEntriesByType('resource').some(e => /first\\.js$/.test(e.name));"),
                "the small build was loaded");
        assertEquals(null, browser.js("return window.firstSeen || null;"), "but drew nothing and marked nothing");
        assertEquals("", browser.js("return document.getElementById('lane').querySelector('.lane-grids').innerHTML;"),
                "the box as the page has it");
        browser.js("window.releaseEngine();");
        browser.waitUntil("the engine started", () -> browser.pageHas(
                "document.getElementById('playground').getAttribute('data-start') === 'done'"));
        assertEquals(engine.key, browser.engine());
        assertEquals(1L, browser.js("return performance.getEntriesByName('first-heatmap').length;"),
                "the engine marked the first heatmap");
        assertEquals("11x16", dimensions(browser.js("return {box: window.heatmapBoxNow()};")).get(0));
        assertTrue(((String) browser.js("return document.querySelector('#lane .grid-block.influence .grid-caption span')"
                + ".textContent;")).contains("h[3, 5]"), "the influence rows are of the link's chosen value");
    }

    /**
     * Opens the page with {@code hash} at {@code width}, screenshots the widget once the first heatmap is marked and
     * again once the engine has started, and returns what the probe saw at the mark.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> visit(String hash, int width, String screenshot) {
        browser.size(width, 900);
        browser.driver.get("about:blank");
        // not driver.get: it would return only at the load event, after the engine's build
        browser.js("location.href = arguments[0];", Site.url() + "index.html?engine=" + engine + (hash.isEmpty() ? "" : "#" + hash));
        browser.waitUntil("the first heatmap, then the engine's build asked for",
                () -> browser.pageHas("window.firstSeen && window.held.length > 0"));
        browser.js("document.getElementById('heatmap-box').scrollIntoView({block: 'nearest'});");
        browser.screenshotOfWindow(screenshot + "-" + engine + "-first");
        assertEquals(null, browser.js("return document.getElementById('playground').getAttribute('data-start');"));
        browser.js("window.releaseEngine();");
        browser.waitUntil("the engine started", () -> browser.pageHas(
                "document.getElementById('playground').getAttribute('data-start') === 'done'"
                + " && document.documentElement.getAttribute('data-engine')"));
        assertEquals(engine.key, browser.engine());
        browser.js("document.getElementById('heatmap-box').scrollIntoView({block: 'nearest'});");
        browser.screenshotOfWindow(screenshot + "-" + engine + "-taken-over");
        return (Map<String, Object>) browser.js("return window.firstSeen;");
    }

    /** The heatmap's box as the engine left it: the same HTML, the same canvases, the same pixels. */
    @SuppressWarnings("unchecked")
    private void assertTakenOverUnchanged(Map<String, Object> first) {
        Map<String, Object> box = (Map<String, Object>) first.get("box");
        Map<String, Object> now = (Map<String, Object>) browser.js("return window.heatmapBoxNow();");
        assertEquals(box.get("canvases"), now.get("canvases"), "the same pixels");
        assertEquals(box.get("html"), now.get("html"), "the same DOM");
    }

    @SuppressWarnings("unchecked")
    private static List<String> files(Map<String, Object> first) {
        return (List<String>) first.get("files");
    }

    @SuppressWarnings("unchecked")
    private static List<String> dimensions(Object first) {
        return ((List<String>) ((Map<String, Object>) ((Map<String, Object>) first).get("box")).get("canvases")).stream()
                .map(canvas -> canvas.substring(0, canvas.indexOf(':'))).toList();
    }
}
