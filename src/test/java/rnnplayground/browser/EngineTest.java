package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page computes the same hidden states as the JVM, on the engine it says it runs. */
class EngineTest extends PerEngineTest {

    @Test
    void pageComputesTheJvmStates() {
        open("seq=abracadabra%20dab&seed=12345&h=16");
        double[][] expected = Widget.expected("abracadabra dab", 12345, 16);
        browser.waitUntil("the table is filled", () -> widget.filledColumns() == expected.length);
        double[][] actual = widget.values();
        assertEquals(expected.length, actual.length);
        double maxDifference = 0;
        for (int t = 0; t < expected.length; t++) {
            for (int i = 0; i < 16; i++) {
                maxDifference = Math.max(maxDifference, Math.abs(expected[t][i] - actual[t][i]));
                // both sides are the float value to 9 decimals: equal text means equal bits here
                assertEquals(expected[t][i], actual[t][i], "h[" + i + ", " + t + "]");
            }
        }
        assertTrue(maxDifference < 1e-5, "max difference " + maxDifference);
        assertCleanConsoleAndOrigin();
    }

    @Test
    void runsTheEngineItWasAskedFor() {
        open("");
        List<String> files = browser.requestedFiles();
        for (Engine each : Engine.values()) {
            assertEquals(each == engine, files.contains(each.compiledFile), each.compiledFile + " in " + files);
        }
        String line = browser.find("#engine").getText();
        assertTrue(line.contains(engine.shownAs), line);
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void defaultEngineOverHttpIsWebAssembly() {
        browser.open("", "");
        assertEquals(Engine.WASM.key, browser.engine());
        assertTrue(browser.requestedFiles().contains(Engine.WASM.compiledFile));
    }
}
