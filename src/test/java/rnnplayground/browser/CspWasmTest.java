package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.server.SiteServer;

class CspWasmTest extends CspTest {
    @Override
    String engine() {
        return "wasm";
    }

    /**
     * A Java exception made inside a WebAssembly build runs the one @JSBody method of TeaVM's class
     * library (JSString.valueOf): under the policy it reaches JavaScript as the Java exception, not as
     * a refusal to compile text. The benchmark's build throws one for a hidden size of 0.
     */
    @Test
    void aJavaExceptionReachesJavaScriptUnderThePolicy() throws IOException {
        Path site = Browser.scratch("exception-site");
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
            browser.openUrl(server.url() + "index.html");
            browser.waitUntil("the call ends", () -> !browser.driver.getTitle().equals("exception"));
            assertEquals("Error: hidden size must be at least 1: 0", browser.driver.getTitle());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
