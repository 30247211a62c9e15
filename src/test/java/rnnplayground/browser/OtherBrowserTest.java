package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.json.Json;

/**
 * The widget in another browser engine, on both of the page's engines: load a shared link, type,
 * Replay, ↻ weights, and the values equal the JVM's after each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OtherBrowserTest {
    private static final String GC_PROBE = "try { return WebAssembly.validate("
            + "new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0])); } catch (e) { return false; }";
    private BrowserDriver browser;

    /** Whether the browser is installed (./test.sh installs it). */
    abstract boolean installed();

    abstract BrowserDriver start();

    @BeforeAll
    void launch() {
        assumeTrue(installed(), getClass().getSimpleName() + ": the browser is not installed (./test.sh installs it)");
        browser = start();
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The error channel works, so an empty list at the end of a run means something. */
    @Test
    void anErrorThePageReportsIsSeen() {
        browser.open("engine=js", "");
        browser.errors();
        browser.js("setTimeout(() => console.error('a reported error'), 0); return null;");
        List<String> seen = new ArrayList<>();
        browser.waitUntil("the error is seen", () -> {
            seen.addAll(browser.errors());
            return seen.stream().anyMatch(e -> e.contains("a reported error"));
        });
    }

    @Test
    void javaScriptEngine() {
        useTheWidget(Engine.JS);
    }

    @Test
    void webAssemblyEngine() {
        browser.open("engine=js", "");
        System.out.println(getClass().getSimpleName() + ": " + browser.js("return navigator.userAgent;")
                + "; Trusted Types: " + browser.js("return typeof trustedTypes === 'object';")
                + "; WebAssembly GC: " + browser.js(GC_PROBE));
        assumeTrue(Boolean.TRUE.equals(browser.js(GC_PROBE)), "this browser has no WebAssembly GC");
        browser.errors();
        useTheWidget(Engine.WASM);
    }

    private double[][] values() {
        String json = (String) browser.js("return JSON.stringify(" + Widget.TABLE_VALUES + ");");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) new Json().toType(json, List.class);
        return Widget.values(rows);
    }

    private String sequence() {
        return (String) browser.js("return document.getElementById('sequence').value;");
    }

    private long seed() {
        return Long.parseLong(((String) browser.js("return document.getElementById('seed').textContent;"))
                .replaceAll("[^0-9]", ""));
    }

    private boolean replayEnded(int steps) {
        return Boolean.TRUE.equals(browser.js("return document.querySelectorAll('#strip .current').length === 0"
                + " && document.querySelectorAll('#numbers-table tbody tr:first-child td[data-value]').length === "
                + steps + ";"));
    }

    private void useTheWidget(Engine engine) {
        browser.open("engine=" + engine, "seq=cab%20rad&seed=7&h=10");
        assertEquals(engine.key, browser.engine(), String.valueOf(browser.js("return document.getElementById('engine').textContent;")));
        assertArrayEquals(Widget.expected("cab rad", 7, 10), values(), "the shared link's values");

        browser.js("const s = document.getElementById('sequence'); s.focus(); s.setSelectionRange(3, 3);");
        browser.type("D"); // lowered, through the browser's editing command
        assertEquals("cabd rad", sequence());
        assertArrayEquals(Widget.expected("cabd rad", 7, 10), values(), "after typing");
        browser.type("x");
        assertEquals("cabd rad", sequence(), "a refused letter stays out");
        String message = (String) browser.js("return document.getElementById('sequence-message').textContent;");
        assertTrue(message.contains("“x”"), message);

        browser.js("window.marked = false; new MutationObserver(() => { if (document.querySelector('#strip .current'))"
                + " window.marked = true; }).observe(document.getElementById('strip'),"
                + " {subtree: true, attributes: true});");
        browser.click("#replay");
        browser.waitUntil("the replay marks a step", () -> Boolean.TRUE.equals(browser.js("return window.marked;")));
        browser.waitUntil("the replay ends", () -> replayEnded(8));
        assertArrayEquals(Widget.expected("cabd rad", 7, 10), values(), "after Replay");

        browser.click("#reweight");
        browser.waitUntil("new weights", () -> seed() != 7);
        browser.waitUntil("the new replay ends", () -> replayEnded(8));
        long seed = seed();
        assertNotEquals(7, seed);
        assertArrayEquals(Widget.expected("cabd rad", (int) seed, 10), values(), "after ↻ weights");

        browser.click("#train");
        browser.waitUntil("a few training steps", () -> stepsInStatus() >= 20);
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> "false".equals(browser.js(
                "return document.getElementById('train').getAttribute('aria-pressed');")));
        String hash = (String) browser.js("return location.hash;");
        assertTrue(hash.contains("&train="), hash);
        assertArrayEquals(Widget.expected(hash), values(), "after training: " + hash);

        String gru = "seq=cab%20rad&seed=7&h=10&cell=gru&train=40";
        browser.open("engine=" + engine, gru);
        browser.waitUntil("the link's training is run again", () -> stepsInStatus() == 40);
        assertArrayEquals(Widget.expected("#" + gru), values(), "a trained GRU from a link");
        assertEquals(List.of(), browser.errors());
    }

    /** The step count of the training's status line ("Step 412 · …"), or -1. */
    private int stepsInStatus() {
        String status = (String) browser.js("return document.getElementById('training-status').textContent;");
        return status.startsWith("Step ") ? Integer.parseInt(status.substring(5).split("[ :]")[0].replace(",", "")) : -1;
    }
}
