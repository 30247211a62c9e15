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
 * Memory: a task chosen in the widget (it travels in the link, which trains on it again to the same
 * bits), and the recall experiment (progress, the chart with a line per cell and chance, the link that
 * recomputes the same numbers, cancel, bad links), in both engines.
 */
class MemoryTest extends PerEngineTest {
    /** Every cell at gaps 1 and 8, a few steps: seconds, not a minute. */
    private static final String SHORT = "1,8:60:8:5";
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

    private void runExperiment(String settings) {
        WebElement box = browser.find("#experiment-settings");
        box.clear();
        box.sendKeys(settings);
        browser.click("#experiment-run");
    }

    @Test
    void aTaskChosenInTheWidgetTravelsInTheLinkWhichTrainsOnItToTheSameBits() {
        openReady("seq=abracadabra&seed=3&h=8");
        new Select(browser.find("#task")).selectByValue("1");
        browser.waitUntil("the link holds the task", () -> widget.hash().contains("&task=recall:8"));
        assertTrue(browser.find("#task-rule").getText().contains("right 25% of the time"));
        List<WebElement> examples = browser.find("#task-examples").findElements(By.tagName("li"));
        assertEquals(3, examples.size());
        for (WebElement example : examples) {
            List<WebElement> scored = example.findElements(By.cssSelector(".symbol.scored"));
            assertEquals(1, scored.size(), "only the recall counts");
            assertEquals(example.findElements(By.cssSelector(".symbol")).get(0).getText(),
                    scored.get(0).getText(), "the first symbol again");
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

    @Test
    void theExperimentShowsItsProgressThenAChartThatALinkDrawsAgainWithTheSameNumbers() throws IOException {
        openReady("seq=abracadabra&seed=3&h=8");
        assertEquals(null, browser.js("return document.getElementById('group-memory').getAttribute('open');"),
                "folded until asked");
        runExperiment(SHORT);
        browser.waitUntil("the progress shows", () -> browser.find("#experiment-progress-box").isDisplayed()
                && browser.find("#experiment-status").getText().length() > 0);
        waitForTheExperiment();
        assertTrue(browser.find("#experiment-status").getText().startsWith("Done in "));
        assertTrue(widget.hash().contains("&experiment=" + SHORT), widget.hash());
        assertChart();
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

        String hash = widget.hash();
        openReady(hash.substring(1));
        assertEquals("true", browser.js("return String(document.getElementById('group-memory').open);"),
                "a link with an experiment opens its group");
        browser.waitUntil("it says it recomputes the link's", () -> browser.find("#experiment-status").getText()
                .contains("link"));
        waitForTheExperiment();
        assertChart();
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
        assertEquals(RecallSentences.of(expected, 0), sentences.get(0).getText());
        String legend = (String) browser.js("return Array.from(document.querySelectorAll('#experiment-chart "
                + ".label.legend')).map(l => l.textContent).join('|');");
        for (String key : Cells.keys()) {
            assertTrue(legend.contains(Cells.displayName(key)), legend);
        }
        assertTrue(browser.find("#recall-influence-row").getAttribute("aria-label").contains("∂y/∂s"),
                "where the gradient dies, for the chosen cell and gap");
    }

    @Test
    void cancellingLeavesThePageUsable() {
        openReady("seq=abracadabra&seed=3&h=8");
        runExperiment(ExperimentSettings.DEFAULT.text());
        browser.waitUntil("the experiment runs", () -> "running".equals(experimentState()));
        browser.waitUntil("it is under way", () -> Double.parseDouble(browser.find("#experiment-progress")
                .getAttribute("value")) > 0);
        browser.click("#experiment-cancel");
        browser.waitUntil("it is cancelled", () -> "cancelled".equals(experimentState()));
        assertTrue(browser.find("#experiment-status").getText().startsWith("Cancelled after "));
        assertFalse(widget.hash().contains("experiment="), "the link no longer holds it");
        assertFalse(browser.find("#experiment-cancel").isDisplayed());
        WebElement sequence = browser.find("#sequence");
        sequence.sendKeys(Keys.END);
        sequence.sendKeys(" cab");
        browser.waitUntil("the heatmap follows the edit", () -> widget.hash().contains("seq=abracadabra%20cab"));
        assertArrayEquals(Widget.expected(widget.hash()), widget.values());
        widget.train(3);
    }

    @Test
    void aLinksBadExperimentOrTaskIsRefusedWithAMessageAndTheRestIsKept() {
        for (String bad : List.of("1,70:100:16:7", "1,8:0:16:7", "1,8:100:16:7:0")) {
            openReady("seq=cab&seed=3&h=8&task=count:4&experiment=" + bad);
            assertTrue(widget.message().startsWith("The link’s experiment (gaps:steps:hidden size:seed:networks"),
                    widget.message());
            assertEquals("cab", widget.sequence());
            assertEquals("4", browser.find("#task-number").getAttribute("value"), "the task is kept");
            assertEquals(null, browser.js("return document.getElementById('group-memory').getAttribute('data-experiment');"),
                    "nothing runs");
            assertFalse(widget.hash().contains("experiment="));
        }
        openReady("seq=cab&seed=3&h=8&task=recall:99&experiment=" + SHORT);
        assertTrue(widget.message().startsWith("The link’s task (text, recall:gap (0 to 61)"), widget.message());
        waitForTheExperiment();
    }

    @Test
    void theExperimentIsAccessibleAndFitsAPhone() {
        openReady("seq=abracadabra&seed=3&h=8&task=recall:4&experiment=" + SHORT);
        waitForTheExperiment();
        // what this adds; the cell diagrams' gates have findings of their own (label-content-name-mismatch)
        assertEquals(List.of(), Axe.seriousViolationsIn(browser, "#group-training", "#group-memory", "#how-far"));
        browser.screenshotOf("#group-memory", "memory-1280-" + engine);
        browser.screenshotOf("#group-training", "task-1280-" + engine);
        browser.size(375, 800);
        try {
            browser.waitUntil("the page fits the phone",
                    () -> ((Number) browser.js("return document.documentElement.scrollWidth;")).intValue() <= 375);
            browser.waitUntil("the chart is laid out for the phone, not shrunk", () -> (Boolean) browser.js(
                    "const s = document.querySelector('#experiment-chart svg'), r = s.getBoundingClientRect();"
                    + "return Math.abs(r.width - s.width.baseVal.value) < 0.5"
                    + "  && r.right <= document.getElementById('experiment-chart').getBoundingClientRect().right + 0.5;"));
            browser.screenshotOf("#group-memory", "memory-375-" + engine);
            browser.screenshotOf("#group-training", "task-375-" + engine);
        } finally {
            browser.size(1280, 900);
        }
    }
}
