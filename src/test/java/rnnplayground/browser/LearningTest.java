package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.core.Sampler;

/** Training in the page: the loss falls, the guesses come right, a link reproduces the trained network. */
class LearningTest extends PerEngineTest {
    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    @Test
    void trainingLowersTheLossAndTheGuessesComeRight() {
        open("seq=abracadabra&seed=3&h=16");
        assertTrue(widget.trainingStatus().startsWith("Step 0: random weights"), widget.trainingStatus());
        double untrained = widget.trainingLoss();
        assertEquals(Math.log(6), untrained, 0.3, "an untrained network guesses about uniformly");
        long wrongBefore = widget.guessClasses().stream().filter("wrong"::equals).count();
        double[] chartBefore = widget.lossChartRows("--chart-line");
        assertEquals(0, widget.lossChartEditMarks(), "no new text, no mark");
        assertTrue(chartBefore[0] >= 0 && chartBefore[3] > 0 && chartBefore[3] < 10,
                "the chart shows the uniform guess, and the loss at step 0 as a dot: " + Arrays.toString(chartBefore));
        assertEquals(chartBefore[0], chartBefore[1], 8, "the loss at step 0 is about a uniform guess's");
        widget.train(200);
        double trained = widget.trainingLoss();
        assertTrue(trained < 0.1, "loss after training: " + trained);
        List<String> guesses = widget.guessClasses();
        long wrong = guesses.stream().filter("wrong"::equals).count();
        assertTrue(wrong <= 1 && wrong < wrongBefore, "guesses " + guesses + ", wrong before: " + wrongBefore);
        assertEquals("beyond", guesses.get(guesses.size() - 1), "the last column guesses past the text");
        assertTrue(browser.location().contains("&train="), "the link holds the training: " + browser.location());
        double[] chart = widget.lossChartRows("--chart-line");
        assertTrue(chart[3] > 20, "the loss line spans the steps taken: " + Arrays.toString(chart));
        assertEquals(chart[0], chart[1], 8, "the loss starts at the uniform guess: " + Arrays.toString(chart));
        assertTrue(chart[2] > chart[1] + 20, "the loss line ends far below where it starts: " + Arrays.toString(chart));
    }

    /**
     * Every number the page shows in a data-value attribute, every value a figure writes in its boxes, and the
     * loss the status line gives, are finite.
     */
    private void assertFiniteNumbersEverywhere() {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) browser.js("return Array.from(document.querySelectorAll('[data-value]'))"
                + ".map(e => e.getAttribute('data-value')).filter(v => !Number.isFinite(parseFloat(v)));");
        assertEquals(List.of(), values);
        @SuppressWarnings("unchecked")
        List<String> figureValues = (List<String>) browser.js("return Array.from(document.querySelectorAll("
                + "'.figure-svg .box-value')).map(e => e.textContent).filter(v => /NaN|Infinity/.test(v));");
        assertEquals(List.of(), figureValues);
        assertTrue(Double.isFinite(widget.trainingLoss()), widget.trainingStatus());
    }

    @Test
    void aDivergingRunStopsWithTheLastGoodWeights() {
        String hash = "seq=abracadabra%20abracadabra%20cab%20dab%20rad%20bad&seed=1&h=16&lr=1";
        open(hash);
        browser.click("#train");
        browser.waitUntil("training stops", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
        assertTrue(widget.trainingStatus().startsWith("The loss diverged: lower the learning rate (now 1) and reset"
                + " training. The weights are those of step 0, the last good ones. Step "), widget.trainingStatus());
        assertFiniteNumbersEverywhere();
        assertArrayEquals(Widget.expected("abracadabra abracadabra cab dab rad bad", 1, 16), widget.values(),
                "the untrained weights are back");
        String link = widget.hash();
        assertTrue(link.contains("&lr=1&train="), link);
        assertArrayEquals(Widget.expected(link), widget.values());

        open(link.substring(1));
        browser.waitUntil("the link's training is taken again", () -> widget.trainingStatus().startsWith("The loss"));
        assertTrue(widget.trainingStatus().startsWith("The loss diverged: lower the learning rate (now 1)"),
                widget.trainingStatus());
        assertFiniteNumbersEverywhere();
        assertArrayEquals(Widget.expected(link), widget.values());
    }

    @Test
    void aLinkWithTrainingReproducesTheNetworkBitForBit() {
        String hash = "seq=cab%20dab&seed=12345&h=12&lr=0.03&train=abracadabra:40:0.01:5,cab:15:0.1:off,60";
        open(hash);
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 115);
        browser.waitUntil("the table follows", () -> widget.filledColumns() == 7);
        assertArrayEquals(Widget.expected("#" + hash), widget.values());
        assertEquals(114 / 200.0, widget.lossChartSpan("--chart-line"), 0.02,
                "the loss line spans its steps' share of the axis, which ends at 200 steps");
        assertTrue(browser.location().endsWith(hash), browser.location());
        assertEquals("0.03", browser.find("#learning-rate").getAttribute("value").isEmpty() ? ""
                : (String) browser.js("const s = document.getElementById('learning-rate'); return s.options[s.selectedIndex].text;"));
    }

    @Test
    void anEditWhileTrainingStartsANewTextThatTheLinkKeeps() {
        open("seq=abracadabra&seed=2&h=8");
        browser.click("#train");
        browser.waitUntil("some steps", () -> widget.trainingStep() >= 20);
        widget.typeAt(11, 11, " cab");
        browser.waitUntil("training goes on with the new text", () -> browser.location().matches(".*train=abracadabra:\\d+:0\\.01:5,[1-9].*"));
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
        String link = browser.location().substring(browser.location().indexOf('#'));
        double[][] shown = widget.values();
        assertArrayEquals(Widget.expected(link), shown, "the page's network is the one its link rebuilds");
        assertEquals(1, widget.lossChartEditMarks(), "the loss chart marks where the new text began");
        open(link.substring(1));
        browser.waitUntil("the link's training is run again", () -> !widget.trainingStatus().startsWith("Running"));
        assertArrayEquals(shown, widget.values());
    }

    @Test
    void resetTrainingAndNewWeightsStartFromStepZero() {
        open("seq=abracadabra&seed=1&h=16&train=50");
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 50);
        browser.click("#reset-training");
        browser.waitUntil("back to step 0", () -> widget.trainingStatus().startsWith("Step 0"));
        assertArrayEquals(Widget.expected("abracadabra", 1, 16), widget.values());
        assertTrue(!browser.location().contains("train="), browser.location());
        widget.train(10);
        browser.click("#reweight");
        browser.waitUntil("back to step 0", () -> widget.trainingStatus().startsWith("Step 0"));
        widget.train(10);
        browser.find("#hidden-size").clear();
        browser.find("#hidden-size").sendKeys("8\t");
        browser.waitUntil("a new size starts from step 0", () -> widget.trainingStatus().startsWith("Step 0"));
        assertEquals(8, widget.values()[0].length);
        assertTrue(!browser.location().contains("train="), browser.location());
    }

    @Test
    void aSequenceTooShortToPredictSaysSo() {
        open("seq=a&seed=1&h=4");
        browser.click("#train");
        browser.waitUntil("the status explains", () -> widget.trainingStatus().startsWith("Training needs at least two symbols"));
        browser.waitUntil("training stops at once", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
    }

    @SuppressWarnings("unchecked")
    private List<String> samples() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#samples .sample-line'))"
                + ".map(l => l.getAttribute('data-text')).filter(t => t);");
    }

    @Test
    void aTrainedNetworkWritesLikeItsTextAndALinkWritesTheSame() {
        open("seq=abracadabra&seed=1&h=16&train=300&temp=0.5&sample=77");
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 300);
        browser.waitUntil("the sample follows the trained network", () -> samples().size() == 1
                && samples().get(0).startsWith("abracadabra"));
        String text = samples().get(0);
        assertEquals(64, text.length());
        assertEquals("0.5", browser.find("#temperature-value").getText());
        Model model = Widget.trained(HashCodec.decode("#seq=abracadabra&seed=1&h=16&train=300").state);
        assertEquals(Sampler.sample(model.network(), 0, 64, 0.5, 77).text(), text, "the JVM's sample, symbol for symbol");
        browser.find("#temperature").sendKeys(Keys.END);
        String hotter = browser.find("#temperature-value").getText();
        assertTrue(Double.parseDouble(hotter) > 0.5, hotter);
        browser.waitUntil("the link holds the temperature", () -> browser.location().contains("temp=" + hotter + "&"));
        String hot = Sampler.sample(model.network(), 0, 64, Double.parseDouble(hotter), 77).text();
        assertNotEquals(text, hot, "a hotter sample differs");
        browser.waitUntil("the sample is drawn again at " + hotter, () -> samples().size() == 1 && samples().get(0).equals(hot));
        browser.click("#resample");
        browser.waitUntil("a new seed in the link", () -> !browser.location().contains("sample=77"));
        open("seq=abracadabra&seed=1&h=16&train=300&temp=0.5&sample=77");
        browser.waitUntil("the same sample again", () -> samples().size() == 1 && samples().get(0).equals(text));
    }
}
