package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import rnnplayground.app.ExperimentResult;
import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.ExperimentText;
import rnnplayground.app.RecallExperiment;
import rnnplayground.app.RecallSentences;
import rnnplayground.core.Cells;

/**
 * Memory, in two page loads an engine: the tasks chosen in the widget (examples with what counts; the
 * one chosen travels in the link, which trains on it again to the same bits), and the recall experiment
 * (progress, the chart with a line per cell and chance, the link that recomputes the same numbers, the
 * exports, where the gradient dies, cancel), with bad links refused and the rest of them kept.
 */
class MemoryTest extends PerEngineTest {
    /** Every cell at gaps 1 and 8, one network a point of 40 steps (seed 2): a second or two, not minutes. */
    private static final String SHORT = "1,8:40:8:2";
    private static ExperimentResult expected;

    private Path downloads;

    @BeforeParameterizedClassInvocation
    void start() {
        downloads = browser.allowDownloads();
        if (expected == null) {
            RecallExperiment experiment = new RecallExperiment(ExperimentSettings.parse(SHORT));
            experiment.run(Integer.MAX_VALUE);
            expected = experiment.result();
        }
    }

    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    private String experimentState() {
        return browser.find("#group-memory").getAttribute("data-experiment");
    }

    private void waitForTheExperiment() {
        browser.waitUntil("the experiment is done", () -> "done".equals(experimentState()));
    }

    /** Opens the page with {@code hash} and waits for what comes after the first heatmap. */
    private void openReady(String hash) {
        open(hash);
        browser.waitUntil("the task chooser and the experiment are wired",
                () -> (Boolean) browser.js("return document.querySelectorAll('#task option').length > 0;"));
    }

    /** Types {@code settings} and presses the button; returns the experiment's state right after the press. */
    private String runExperiment(String settings) {
        WebElement box = browser.find("#experiment-settings");
        box.clear();
        box.sendKeys(settings);
        return (String) browser.js("document.getElementById('experiment-run').click();"
                + "return document.getElementById('group-memory').getAttribute('data-experiment');");
    }

    /** The {@code .symbol}s of each example of the task shown, the scored ones in capitals. */
    @SuppressWarnings("unchecked")
    private List<String> examples() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#task-examples li')).map(li =>"
                + " Array.from(li.querySelectorAll('.symbol')).map(s => s.classList.contains('scored')"
                + " ? s.textContent.toUpperCase() : s.textContent).join(''));");
    }

    private void chooseTask(String kind, String number) {
        new Select(browser.find("#task")).selectByValue(kind);
        WebElement box = browser.find("#task-number");
        box.clear();
        box.sendKeys(number + Keys.ENTER);
    }

    /**
     * A link's zero count and its experiment's gap beyond the limit are refused with a message, the rest
     * kept; the three tasks show examples with the predictions that count; the one chosen travels in
     * the link, whose steps train on the same sequences to the same bits.
     */
    @Test
    void tasksAreChosenInTheWidgetAndTravelInTheLinkWhichTrainsOnThemToTheSameBits() {
        openReady("seq=abracadabra&seed=3&h=8&task=count:0&experiment=1,70:100:16:7");
        String message = widget.message();
        assertTrue(message.startsWith("The link’s task (text, recall:gap (0 to 61), count:run (2 to 55)")
                && message.contains(" and experiment (gaps:steps:hidden size:seed:networks"), message);
        assertEquals("abracadabra", widget.sequence(), "the rest of the link is kept");
        assertEquals("8", browser.find("#hidden-size").getAttribute("value"));
        assertEquals("0", browser.find("#task").getAttribute("value"), "the free text, the default");
        assertEquals(null, browser.js("return document.getElementById('group-memory').getAttribute('data-experiment');"),
                "nothing runs");
        assertFalse(widget.hash().contains("task=") || widget.hash().contains("experiment="), widget.hash());

        chooseTask("2", "4");
        browser.waitUntil("the link holds the count", () -> widget.hash().contains("&task=count:4"));
        for (String example : examples()) {
            assertTrue(example.endsWith("aAAAB"), "the a's after the first and the b count: " + example);
        }
        assertTrue(browser.find("#task-rule").getText().contains("predict where b comes"));
        chooseTask("3", "20");
        browser.waitUntil("the link holds the noise", () -> widget.hash().contains("&task=noisy:20"));
        for (String example : examples()) {
            assertEquals(11, example.length(), "the box's text with noise: " + example);
        }
        chooseTask("1", "8");
        browser.waitUntil("the link holds the task", () -> widget.hash().contains("&task=recall:8"));
        assertTrue(browser.find("#task-rule").getText().contains("right 25% of the time"));
        List<String> recall = examples();
        assertEquals(3, recall.size());
        for (String example : recall) {
            assertEquals(11, example.length(), "a symbol, 8 spaces, the cue, the symbol again: " + example);
            assertEquals(example.substring(0, 1).toUpperCase(), example.substring(10), "only the recall counts: " + example);
            assertEquals(example.toLowerCase(), example.substring(0, 10) + example.substring(10).toLowerCase());
        }
        WebElement gap = browser.find("#task-number");
        gap.clear();
        gap.sendKeys("70");
        assertEquals("Gap is a whole number from 0 to 61.", browser.find("#task-message").getText());
        gap.clear();
        gap.sendKeys("3" + Keys.ENTER);
        browser.waitUntil("the link holds the new gap", () -> widget.hash().contains("&task=recall:3"));
        assertEquals("", browser.find("#task-message").getText());
        widget.train(40);
        browser.waitUntil("the accuracy is stated beside chance", () -> browser.find("#task-accuracy").getText()
                .matches("Accuracy on 32 held-out sequences: \\d+% \\(chance 25%\\)"));
        String hash = widget.hash();
        openReady(hash.substring(1));
        browser.waitUntil("the link's steps are run again", () -> widget.trainingStep() > 0);
        assertEquals("3", browser.find("#task-number").getAttribute("value"));
        assertArrayEquals(Widget.expected(hash), widget.values(), "trained on the same sequences, to the same bits");
    }

    /**
     * A link with an experiment (and a task gap beyond the limit, refused) opens its group and recomputes
     * it, with progress, to the JVM's numbers: the chart, its downloads, where the gradient dies, axe and
     * a phone's width. The button runs it again to the same chart; a long run shows the time left, leaves
     * the page answering edits, and cancelled, leaves the page usable.
     */
    @Test
    void aLinkRecomputesTheExperimentWithProgressAndTheButtonRunsAndCancelsIt() throws IOException {
        openReady("seq=abracadabra&seed=3&h=8&task=recall:99&experiment=" + SHORT);
        assertTrue(widget.message().startsWith("The link’s task (text, recall:gap (0 to 61)"), widget.message());
        assertEquals("true", browser.js("return String(document.getElementById('group-memory').open);"),
                "a link with an experiment opens its group");
        browser.waitUntil("it says it recomputes the link's", () -> browser.find("#experiment-progress-box").isDisplayed()
                && browser.find("#experiment-status").getText().contains("link"));
        waitForTheExperiment();
        assertTrue(browser.find("#experiment-status").getText().startsWith("Recomputed from the link. Done in "),
                browser.find("#experiment-status").getText());
        assertChart();
        assertEquals(true, browser.js("return rnnPlaygroundWorker.last instanceof Worker;"),
                "the experiment ran in a worker (nothing here trains)");
        assertWhereTheGradientDies();
        assertDownloads();
        // what this adds; the cell diagrams' gates have findings of their own (label-content-name-mismatch)
        assertEquals(List.of(), Axe.seriousViolationsIn(browser, "#group-training", "#group-memory", "#how-far"));
        browser.screenshotOf("#group-memory", "memory-1280-" + engine);
        browser.size(375, 800);
        try {
            browser.waitUntil("the page fits the phone",
                    () -> ((Number) browser.js("return document.documentElement.scrollWidth;")).intValue() <= 375);
            browser.waitUntil("the chart is laid out for the phone, not shrunk", () -> (Boolean) browser.js(
                    "const s = document.querySelector('#experiment-chart svg'), r = s.getBoundingClientRect();"
                    + "return Math.abs(r.width - s.width.baseVal.value) < 0.5"
                    + "  && r.right <= document.getElementById('experiment-chart').getBoundingClientRect().right + 0.5;"));
            browser.screenshotOf("#group-memory", "memory-375-" + engine);
        } finally {
            browser.size(1280, 900);
        }

        assertEquals("running", runExperiment(SHORT), "the button runs it again");
        waitForTheExperiment();
        assertTrue(widget.hash().contains("&experiment=" + SHORT), "the link holds it: " + widget.hash());
        assertChart();

        assertEquals("running", runExperiment(ExperimentSettings.DEFAULT.text()));
        browser.waitUntil("it is under way", () -> Double.parseDouble(browser.find("#experiment-progress").getAttribute("value")) > 0);
        browser.waitUntil("the time left is estimated", () -> browser.find("#experiment-status").getText()
                .matches("Training the .+ at gap \\d+, network \\d of 4 · \\d+% · about .+ left"));
        WebElement sequence = browser.find("#sequence");
        sequence.sendKeys(Keys.END);
        sequence.sendKeys(" cab");
        browser.waitUntil("the heatmap follows an edit while it runs",
                () -> widget.hash().contains("seq=abracadabra%20cab"));
        assertArrayEquals(Widget.expected(widget.hash()), widget.values());
        assertEquals("running", experimentState());
        browser.click("#experiment-cancel");
        browser.waitUntil("it is cancelled", () -> "cancelled".equals(experimentState()));
        assertTrue(browser.find("#experiment-status").getText().startsWith("Cancelled after "));
        assertFalse(widget.hash().contains("experiment="), "the link no longer holds it");
        assertFalse(browser.find("#experiment-cancel").isDisplayed());
        widget.train(3);
    }

    /** For the chosen cell and gap, the influence of each symbol on the recall: a symbol, the gap, the cue. */
    private void assertWhereTheGradientDies() {
        assertEquals(8 + 2, browser.find("#recall-influence-row").findElements(By.tagName("span")).size(),
                "the longest gap is chosen first");
        assertTrue(browser.find("#recall-influence-row").getAttribute("aria-label").contains("∂y/∂s"));
        new Select(browser.find("#recall-gap")).selectByVisibleText("1");
        new Select(browser.find("#recall-cell")).selectByValue("1");
        assertEquals(1 + 2, browser.find("#recall-influence-row").findElements(By.tagName("span")).size());
    }

    private void assertDownloads() throws IOException {
        String name = ExperimentText.fileName(ExperimentSettings.parse(SHORT), "csv");
        browser.find("#experiment-chart .figure-save-csv").click();
        Path csv = browser.downloaded(downloads, name);
        assertEquals(ExperimentText.csv(expected), Files.readString(csv, StandardCharsets.UTF_8), "the JVM's numbers");
        Files.delete(csv);
        browser.find("#experiment-chart .figure-save-png").click();
        Path png = browser.downloaded(downloads, ExperimentText.fileName(ExperimentSettings.parse(SHORT), "png"));
        byte[] image = Files.readAllBytes(png);
        assertEquals((byte) 0x89, image[0]);
        assertEquals("PNG", new String(image, 1, 3, StandardCharsets.US_ASCII));
        int width = ByteBuffer.wrap(image, 16, 4).getInt();
        assertEquals(2 * ((Number) browser.js("return document.querySelector('#experiment-chart svg').width.baseVal.value;"))
                .intValue(), width, "the chart at twice its size, with its title");
        Files.createDirectories(Site.BUILD.resolve("screenshots"));
        Files.copy(png, Site.BUILD.resolve("screenshots").resolve("memory-chart-download-" + engine + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.delete(png);
    }

    /** The chart drawn: a line per cell, chance, the legend, the JVM's checksum and sentences. */
    private void assertChart() {
        int cells = Cells.keys().length;
        assertEquals(cells, ((Number) browser.js("return document.querySelectorAll('#experiment-chart "
                + ".chart-line.series').length;")).intValue(), "a line per cell");
        assertEquals(1, ((Number) browser.js("return document.querySelectorAll('#experiment-chart "
                + ".chart-line.chance').length;")).intValue(), "the chance line");
        assertEquals(String.valueOf(expected.checksum()), browser.find("#experiment-chart").getAttribute("data-checksum"),
                "the same bits as the JVM's experiment");
        List<WebElement> sentences = browser.find("#experiment-sentences").findElements(By.tagName("li"));
        assertEquals(cells, sentences.size());
        for (int c = 0; c < cells; c++) {
            assertEquals(RecallSentences.of(expected, c), sentences.get(c).getText());
        }
        String legend = (String) browser.js("return Array.from(document.querySelectorAll('#experiment-chart "
                + ".label.legend')).map(l => l.textContent).join('|');");
        for (String key : Cells.keys()) {
            assertTrue(legend.contains(Cells.displayName(key)), legend);
        }
        assertTrue(legend.contains("chance"), legend);
    }
}
