package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rnnplayground.bench.BenchMain;
import rnnplayground.core.Cells;
import rnnplayground.server.SiteServer;

/**
 * Training in the JavaScript and the WebAssembly build gives the JVM's bits: 300 steps of every cell,
 * every step's loss and every parameter value, then a sample, the influence of every step, and the
 * trained network's state space (the principal components of its states and its fixed points). Both
 * builds of the benchmark's entry point run in one page; the JVM runs the same entry point's code.
 */
class TrainingEnginesTest extends BrowserTest {
    private static final int SEED = 12345;
    private static final int HIDDEN = 16;
    private static final String SEQUENCE = "radar cab dab abracadabra bard card abba dada arc cab bad radar a";
    private static final double LEARNING_RATE = 0.01;
    private static final int STEPS = 300;
    private SiteServer server;

    @BeforeAll
    void openBothEngines() throws IOException {
        Path site = Site.scratch("training-site");
        for (String file : List.of("classes.wasm-runtime.js", "bench.js", "bench.wasm", "favicon.svg")) {
            Files.copy(Site.DIRECTORY.resolve(file), site.resolve(file));
        }
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>loading</title><link rel=\"icon\" href=\"favicon.svg\">"
                + "<script src=\"classes.wasm-runtime.js\"></script><script type=\"module\" src=\"engines.js\"></script>"
                + "</head><body></body></html>");
        Files.writeString(site.resolve("engines.js"), "import * as js from './bench.js';"
                + "js.main([]);"
                + "TeaVM.wasmGC.load('bench.wasm').then(teavm => {"
                + "  teavm.exports.main([]);"
                + "  window.engines = { js, wasm: teavm.exports };"
                + "  document.title = 'ready';"
                + "}, e => { document.title = 'not loaded: ' + e.message; })"
                + ".finally(() => document.documentElement.setAttribute('data-engine', 'js and wasm'));");
        server = SiteServer.onFreePort(site);
        browser.open(server.url() + "index.html");
        assertEquals("ready", browser.driver.getTitle());
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void bothEnginesTrainEveryCellToTheJvmsBits() {
        for (String cell : Cells.keys()) {
            assertEquals(STEPS, BenchMain.fullTrain(SEED, HIDDEN, cell, SEQUENCE, LEARNING_RATE, STEPS));
            int checksum = BenchMain.paramChecksum();
            BenchMain.stateSpaceSetup(SEQUENCE);
            List<Double> components = values(BenchMain.principalComponents());
            List<Double> fixedPoints = values(BenchMain.fixedPoints());
            for (String engine : List.of("js", "wasm")) {
                @SuppressWarnings("unchecked")
                List<Object> result = (List<Object>) browser.js("const e = window.engines[arguments[0]];"
                        + "const steps = e.fullTrain(arguments[1], arguments[2], arguments[3], arguments[4],"
                        + "  arguments[5], arguments[6]);"
                        + "const losses = [];"
                        + "for (let s = 0; s < steps; s++) { losses.push(e.lossAt(s)); }"
                        + "return [e.paramChecksum(), losses];",
                        engine, SEED, HIDDEN, cell, SEQUENCE, LEARNING_RATE, STEPS);
                String what = cell + " on " + engine;
                List<?> losses = (List<?>) result.get(1);
                assertEquals(STEPS, losses.size(), what + ": steps");
                for (int s = 0; s < STEPS; s++) {
                    assertEquals(BenchMain.lossAt(s), ((Number) losses.get(s)).doubleValue(), 0.0,
                            what + ": the loss of step " + s);
                }
                assertEquals(checksum, ((Number) result.get(0)).intValue(), what + ": the parameters' bits");
                assertEquals(BenchMain.sampleText(2, 64, 0.7, 99), browser.js(
                        "return window.engines[arguments[0]].sampleText(2, 64, 0.7, 99);", engine), what + ": a sample");
                assertSameInfluence(engine, what);
                assertSameStateSpace(engine, what, components, fixedPoints);
            }
        }
        assertEquals(List.of(), browser.errors());
    }

    /**
     * The recall experiment (a task's sequences, training on the recalled position only, the held-out
     * score) of two cells at gaps 1 and 8, sliced differently, and the examples of the other tasks, in
     * both engines: the JVM's bits.
     */
    @Test
    void bothEnginesRunTheRecallExperimentToTheJvmsBits() {
        String settings = "1,8:40:8:5:2";
        int checksum = BenchMain.recallExperiment(settings, 2, 1000);
        for (String engine : List.of("js", "wasm")) {
            @SuppressWarnings("unchecked")
            List<Object> result = (List<Object>) browser.js("const e = window.engines[arguments[0]];"
                    + "const checksum = e.recallExperiment(arguments[1], 2, 7);"
                    + "const losses = [];"
                    + "for (let k = 0; k < 8; k++) { losses.push(e.recallLoss(k >> 2, (k >> 1) & 1, k & 1)); }"
                    + "return [checksum, losses, e.taskExamples('count:4', 'abracadabra', 5),"
                    + "  e.taskExamples('noisy:20', 'abracadabra', 5)];", engine, settings);
            assertEquals(checksum, ((Number) result.get(0)).intValue(), engine + ": recalled counts and weights");
            List<?> losses = (List<?>) result.get(1);
            for (int k = 0; k < 8; k++) {
                assertEquals(BenchMain.recallLoss(k >> 2, (k >> 1) & 1, k & 1), ((Number) losses.get(k)).doubleValue(),
                        0.0, engine + ": held-out loss " + k);
            }
            assertEquals(BenchMain.taskExamples("count:4", "abracadabra", 5), result.get(2), engine + ": count");
            assertEquals(BenchMain.taskExamples("noisy:20", "abracadabra", 5), result.get(3), engine + ": noisy text");
        }
        assertEquals(List.of(), browser.errors());
    }

    private static List<Double> values(int count) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(BenchMain.stateSpaceValueAt(i));
        }
        return values;
    }

    /** The principal components of the training text's states and the fixed points of every symbol. */
    private void assertSameStateSpace(String engine, String what, List<Double> components, List<Double> fixedPoints) {
        @SuppressWarnings("unchecked")
        List<List<Number>> result = (List<List<Number>>) browser.js("const e = window.engines[arguments[0]];"
                + "const read = count => { const v = []; for (let i = 0; i < count; i++) { v.push(e.stateSpaceValueAt(i)); }"
                + "  return v; };"
                + "e.stateSpaceSetup(arguments[1]);"
                + "const components = read(e.principalComponents());"
                + "return [components, read(e.fixedPoints())];", engine, SEQUENCE);
        assertSameValues(components, result.get(0), what + ": the principal components");
        assertSameValues(fixedPoints, result.get(1), what + ": the fixed points");
    }

    private static void assertSameValues(List<Double> expected, List<Number> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": how many values");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i).doubleValue(), 0.0, what + ": value " + i);
        }
    }

    /** The influence of every step on the last h's last entry, and of every symbol read. */
    private void assertSameInfluence(String engine, String what) {
        int last = SEQUENCE.length() - 1;
        int entry = HIDDEN - 1;
        BenchMain.influenceOfState(last, entry);
        @SuppressWarnings("unchecked")
        List<List<Number>> result = (List<List<Number>>) browser.js("const e = window.engines[arguments[0]];"
                + "const steps = e.influenceOfState(arguments[1], arguments[2]);"
                + "const states = [], inputs = [];"
                + "for (let j = 0; j < steps; j++) { states.push(e.influenceAt(j)); inputs.push(e.inputInfluenceAt(j)); }"
                + "return [states, inputs];", engine, last, entry);
        for (int j = 0; j <= last; j++) {
            assertEquals(BenchMain.influenceAt(j), result.get(0).get(j).doubleValue(), 0.0, what + ": ‖∂v/∂s_" + j + "‖");
            assertEquals(BenchMain.inputInfluenceAt(j), result.get(1).get(j).doubleValue(), 0.0,
                    what + ": ‖∂v/∂x_" + j + "‖");
        }
    }
}
