package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.HashCodec;
import rnnplayground.app.HostileLinks;

/**
 * Reliability: the links of {@link HostileLinks} opened in the page, half on each engine. The page starts
 * on its engine; nothing from the link becomes markup or script; the notice under the box is the
 * JVM's, word for word; the values are the JVM's, training included (a diverging one too); the
 * address then holds a link that reads back with no notice; no console error, no foreign request.
 */
class HostileLinksTest extends PerEngineTest {
    /** A link shortened for a message. */
    private static String named(String link) {
        return link.length() > 80 ? link.substring(0, 80) + "… (" + link.length() + " characters)" : link;
    }

    /** Nothing from the link became markup: the notice is text and no element or script was added. */
    private void assertNothingInjected() {
        assertNull(browser.js("return window.injected;"));
        assertEquals(0L, browser.js("return document.getElementById('sequence-message').children.length;"));
        assertEquals(0L, browser.js("return document.querySelectorAll('img, iframe, object, embed, svg[onload]').length;"));
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) browser.js(
                "return Array.from(document.scripts).map(s => s.getAttribute('src'));");
        for (String src : scripts) {
            assertTrue(src != null && List.of("boot.js", "first.js", "classes.js", "classes.wasm-runtime.js").contains(src),
                    "unexpected script " + src);
        }
    }

    @Test
    void everyHostileLinkIsReadAsTheJvmReadsItAndIsHarmless() {
        List<String> failures = new ArrayList<>();
        // The link is read by the same compiled Java on both engines (and by the same first.js before them):
        // JavaScript opens the even links, WebAssembly the odd ones. The list holds several links of each kind,
        // so both engines read every kind, and each link is opened once.
        for (int k = engine == Engine.JS ? 0 : 1; k < HostileLinks.ALL.size(); k += 2) {
            String link = HostileLinks.ALL.get(k);
            String url = Site.url() + "index.html?engine=" + engine + "#" + link;
            try {
                // the hash as the browser hands it to the page (it escapes what a URL may not hold)
                String hash = (String) browser.js("return new URL(arguments[0]).hash;", url);
                browser.open(url);
                assertEquals(engine.key, browser.engine());
                browser.waitUntil("the link's training is taken again",
                        () -> !widget.trainingStatus().startsWith("Running the link"));
                assertNothingInjected();
                HashCodec.Decoded decoded = HashCodec.decode(hash);
                assertEquals(decoded.problem, widget.message());
                assertEquals(decoded.state.sequence, widget.sequence());
                assertArrayEquals(Widget.expected(hash), widget.values());
                assertEquals("", HashCodec.decode(widget.hash()).problem, "the address: " + widget.hash());
                assertCleanConsoleAndOrigin();
            } catch (AssertionError | RuntimeException e) {
                failures.add(named(link) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }
}
