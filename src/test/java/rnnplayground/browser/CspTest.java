package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rnnplayground.server.SiteServer;

/**
 * The page under its Content Security Policy, which has no 'unsafe-eval': everything works on the
 * engine asked for with no console error (a violation is one, and a refused WebAssembly loader would
 * fall back to JavaScript), and no string becomes code or markup.
 */
class CspTest extends PerEngineTest {
    static final String POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types rnn-playground";

    /** A test that provokes violations reads them itself; a failed one must not fail the next. */
    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.errors();
    }

    @Test
    void everythingWorksUnderThePolicyWithNoConsoleError() {
        browser.allowClipboard();
        open("seq=cab%20rad&seed=7&h=10");
        assertEquals(POLICY, browser.js("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                + ".getAttribute('content');"));
        assertArrayEquals(Widget.expected("cab rad", 7, 10), widget.values());
        widget.typeAt(3, 4, "d");
        assertArrayEquals(Widget.expected("cabdrad", 7, 10), widget.values());
        browser.click("#replay");
        browser.waitUntil("the replay ends", () -> widget.replayEnded(7));
        browser.click("#reweight");
        browser.waitUntil("the new replay ends", () -> widget.replayEnded(7));
        assertArrayEquals(Widget.expected("cabdrad", (int) widget.seed(), 10), widget.values());
        widget.train(15);
        assertArrayEquals(Widget.expected(widget.hash()), widget.values(), "trained under the policy");
        Path downloads = browser.allowDownloads();
        browser.click("#export-png");
        browser.downloaded(downloads, "rnn-heatmap-cabdrad-seed" + widget.seed() + "-h10-step" + widget.trainingStep()
                + ".png");
        browser.click("#copy-link");
        browser.waitUntil("the link is copied", () -> browser.find("#share-status").getText().equals("Link copied"));
        // A first visit's page stays the network's; once the offline copy is installed, the next load is the copy's.
        browser.jsAsync("navigator.serviceWorker.ready.then(() => done(true));");
        open("seq=cab%20rad&seed=7&h=10");
        browser.waitUntil("the service worker controls the page",
                () -> (Boolean) browser.js("return navigator.serviceWorker.controller !== null;"));
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void noStringBecomesCodeOrMarkup() {
        open("seq=cab&seed=7&h=10");
        @SuppressWarnings("unchecked")
        // Run from a timer: code the driver injects is exempt from the eval rules while it runs.
        Map<String, Object> outcome = (Map<String, Object>) browser.jsAsync("setTimeout(() => {"
                + "const refused = f => { try { f(); return false; } catch (e) { return true; } };"
                + "const r = {};"
                + "r.eval = refused(() => eval('1 + 1'));"
                + "r.newFunction = refused(() => new Function('window.injected = 1')());"
                + "r.innerHTML = refused(() => { document.getElementById('share-status').innerHTML ="
                + "  '<img src=x onerror=\"window.injected = 1\">'; });"
                + "r.inlineScript = refused(() => { const s = document.createElement('script');"
                + "  s.textContent = 'window.injected = 1'; document.head.appendChild(s); });"
                + "r.foreignScript = refused(() => { const s = document.createElement('script');"
                + "  s.src = 'http://127.0.0.1:9/x.js'; document.head.appendChild(s); });"
                + "r.ownPolicyForOthers = refused(() => trustedTypes.createPolicy('other', {createHTML: s => s}));"
                + "r.timerString = refused(() => setTimeout('window.injected = 1', 0));"
                + "setTimeout(() => { r.injected = window.injected === undefined ? 'no' : 'yes'; done(r); }, 50);"
                + "}, 0);");
        assertEquals(Map.of("eval", true, "newFunction", true, "innerHTML", true, "inlineScript", true,
                "foreignScript", true, "ownPolicyForOthers", true, "timerString", true, "injected", "no"), outcome);
        assertEquals(0L, browser.js("return document.querySelectorAll('img').length;"));
        List<String> errors = browser.errors();
        assertFalse(errors.isEmpty(), "every refusal is reported");
        // the page still works afterwards
        browser.click("#reweight");
        browser.waitUntil("the new replay ends", () -> widget.replayEnded(3));
        assertArrayEquals(Widget.expected("cab", (int) widget.seed(), 10), widget.values());
        assertEquals(List.of(), browser.errors());
    }

    /**
     * A Java exception made inside a WebAssembly build runs the one @JSBody method of TeaVM's class
     * library (JSString.valueOf): under the policy it reaches JavaScript as the Java exception, not as
     * a refusal to compile text. The benchmark's build throws one for a hidden size of 0.
     */
    @Test
    void aJavaExceptionReachesJavaScriptUnderThePolicy() throws IOException {
        assumeTrue(engine == Engine.WASM, "only the WebAssembly build keeps a @JSBody");
        Path site = Site.scratch("exception-site");
        for (String file : List.of("classes.wasm-runtime.js", "bench.wasm", "favicon.svg")) {
            Files.copy(Site.DIRECTORY.resolve(file), site.resolve(file));
        }
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
                + "<title>exception</title><link rel=\"icon\" href=\"favicon.svg\"><script src=\"classes.wasm-runtime.js\"></script>"
                + "<script src=\"throw.js\"></script></head><body></body></html>");
        Files.writeString(site.resolve("throw.js"), "TeaVM.wasmGC.load('bench.wasm').then(teavm => {"
                + "  teavm.exports.main([]);"
                + "  try { teavm.exports.forwardSetup(1, 0, 'rnn', 'ab'); document.title = 'no exception'; }"
                + "  catch (e) { document.title = e.name + ': ' + e.message; }"
                + "}, e => { document.title = 'not loaded: ' + e.message; });"
                + "document.documentElement.setAttribute('data-engine', 'wasm');");
        try (SiteServer server = SiteServer.onFreePort(site)) {
            browser.open(server.url() + "index.html");
            browser.waitUntil("the call ends", () -> !browser.driver.getTitle().equals("exception"));
            assertEquals("Error: hidden size must be at least 1: 0", browser.driver.getTitle());
            assertEquals(List.of(), browser.errors());
        }
    }
}
