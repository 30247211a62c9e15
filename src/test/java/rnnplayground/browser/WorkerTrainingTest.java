package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Lanes;
import rnnplayground.app.PageState;
import rnnplayground.app.TrainingText;
import rnnplayground.server.SiteServer;

/**
 * Training in the page's worker: a link's steps come out as on the JVM, two compared cells too, and so
 * do the steps taken after it as fast as they go; a long
 * link catches up with progress while the page answers, and Cancel keeps its steps; a worker killed
 * mid-run is told and Resume goes on; a frame far below the fold of another site trains as fast as
 * one at the top.
 */
class WorkerTrainingTest extends PerEngineTest {
    private static final String IN_WORKER = "Training runs in a worker";
    private SiteServer blog;
    /** Whether the browser is on the blog, whose own address is not the site's. */
    private boolean onBlog;

    @BeforeParameterizedClassInvocation
    void start() throws IOException {
        browser.size(1280, 900);
        blog = SiteServer.onFreePort(writeBlog());
    }

    @AfterParameterizedClassInvocation
    void stop() {
        blog.close();
    }

    @AfterEach
    void clean() {
        browser.driver.switchTo().defaultContent();
        assertEquals(List.of(), browser.errors());
        if (!onBlog) {
            assertEquals(List.of(), browser.foreignRequests());
        }
        onBlog = false;
    }

    /** The JVM's lanes for {@code hash}, trained to the end of its plan. */
    private static Lanes trained(String hash) {
        PageState state = HashCodec.decode(hash).state;
        Lanes lanes = new Lanes(state);
        lanes.follow(state.training, state.sequence);
        while (lanes.busy()) {
            lanes.run(state.sequence, () -> 0, 0, Integer.MAX_VALUE);
        }
        return lanes;
    }

    private String where() {
        return browser.find("#training-where").getText();
    }

    @Test
    void comparedCellsTrainedInTheWorkerFromALinkEqualTheJvm() {
        String hash = "seq=cab%20dab&seed=12345&h=12&cell=lstm&compare=gru&lr=0.03"
                + "&train=abracadabra:40:0.01:5,cab:15:0.1:off,60";
        open(hash);
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 115);
        Lanes jvm = trained(hash);
        assertEquals(TrainingText.progress(jvm), widget.trainingStatus(), "both lanes' losses");
        assertArrayEquals(Widget.expected("#" + hash), widget.values());
        assertTrue(where().startsWith(IN_WORKER), where());
        assertEquals(true, browser.js("return rnnPlaygroundWorker.last instanceof Worker;"));

        // then as fast as it goes (the worker's long slices, its lanes that only train): the same bits again
        browser.js("const pace = document.getElementById('pace'); pace.value = 'fast'; pace.dispatchEvent(new Event('change'));");
        browser.click("#train");
        browser.waitUntil("steps at full pace", () -> widget.trainingStep() >= 215 || !pressed());
        if (pressed()) {
            browser.click("#train");
        }
        browser.waitUntil("the training pauses", () -> !pressed());
        browser.waitUntil("the link holds every step", () -> widget.hash().endsWith(",cab:15:0.1:off," + (widget.trainingStep() - 55)));
        assertTrue(widget.trainingStep() > 115, widget.trainingStatus());
        Lanes fast = trained(widget.hash());
        String status = widget.trainingStatus(); // it may have paused by itself, and then says so after the losses
        assertTrue(status.startsWith(TrainingText.progress(fast)), "both lanes' losses at full pace: " + status);
        assertArrayEquals(Widget.expected(widget.hash()), widget.values());
    }

    private boolean pressed() {
        return browser.find("#train").getAttribute("aria-pressed").equals("true");
    }

    @Test
    void whileTrainingTheGuessesChangeWithoutAFadeThatWouldRedrawEveryFrame() {
        open("seq=abracadabra%20cab%20bad&seed=2&h=16&lr=0.0003"); // slow to learn: it does not pause by itself
        String fade = "return getComputedStyle(document.querySelector('#guesses span')).transitionDuration;";
        assertEquals("0.15s", fade(fade), "at rest, a guess that changes fades");
        browser.click("#train");
        browser.waitUntil("some steps", () -> widget.trainingStep() >= 10);
        assertTrue(pressed(), widget.trainingStatus());
        assertEquals("0s", fade(fade), "while training, the guesses change at once");
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> !pressed());
        assertEquals("0.15s", fade(fade), "paused, a change fades again");
    }

    /** The first of a computed style's durations that {@code script} returns. */
    private String fade(String script) {
        return String.valueOf(browser.js(script)).split(",")[0].trim();
    }

    @Test
    void aLinkOfManyThousandStepsIsCaughtUpWithInTheWorkerToTheJvmsBits() {
        String hash = "seq=abracadabra%20cab&seed=7&h=8&cell=linear&train=20000";
        open(hash);
        browser.waitUntil("the link's 20,000 steps are taken", () -> widget.trainingStep() == 20000);
        assertTrue(where().startsWith(IN_WORKER), where());
        assertFalse(browser.find("#worker-failure").isDisplayed(), "the worker did not fail");
        assertArrayEquals(Widget.expected("#" + hash), widget.values());
    }

    @Test
    void aLongLinkCatchesUpWithProgressWhileThePageAnswersAndCancelKeepsItsSteps() {
        String untrained = "seq=abracadabra%20cab%20bad%20rad%20dab%20abracadabra%20cab%20bad%20rad&seed=3&h=64&cell=lstm";
        open(untrained + "&train=200000");
        browser.waitUntil("the progress and the time left show", () -> browser.find("#catch-up-text").getText()
                .matches("[0-9,]+ of 200,000 steps · about [0-9]+ (h|min)( [0-9]+ (min|s))? left"));
        assertArrayEquals(Widget.expected("#" + untrained), widget.values(), "the untrained network until it is done");
        browser.waitUntil("the loss line follows the steps caught up with", () -> widget.lossChartRows("--chart-line")[3] > 3);
        double[] chart = widget.lossChartRows("--chart-line");
        assertTrue(chart[2] > chart[1], "the loss falls as the link's steps are taken: " + Arrays.toString(chart));
        double span = widget.lossChartSpan("--chart-line");
        double share = (double) caughtUp() / 200000;
        assertTrue(span < share + 0.05, "the step axis ends at the link's 200,000 steps: the line spans " + span
                + " of it after " + share + " of the steps");
        assertArrayEquals(Widget.expected("#" + untrained), widget.values(), "the heatmap still shows the untrained network");
        Number longest = (Number) browser.driver.executeAsyncScript("const done = arguments[0];"
                + " let last = performance.now(), longest = 0; const end = last + 1500;"
                + " (function tick() { const now = performance.now(); longest = Math.max(longest, now - last); last = now;"
                + " if (now < end) setTimeout(tick, 0); else done(longest); })();");
        assertTrue(longest.doubleValue() < 200, "the page answered within " + longest + " ms while catching up");
        browser.click("#catch-up-cancel");
        browser.waitUntil("the catching up stops", () -> !browser.find("#catch-up").isDisplayed() && widget.trainingStep() > 0);
        int steps = widget.trainingStep();
        assertTrue(steps < 200000, "cancelled at step " + steps);
        browser.waitUntil("the link holds the steps taken", () -> widget.hash().endsWith("&train=" + steps));
        assertArrayEquals(Widget.expected(widget.hash()), widget.values(), "the network of the steps taken");
    }

    /** The steps a link being caught up with has taken, as its progress says. */
    private int caughtUp() {
        return Integer.parseInt(browser.find("#catch-up-text").getText().split(" ")[0].replace(",", ""));
    }

    @Test
    void aWorkerKilledWhileALinkIsCaughtUpWithShowsTheStepsKeptAndResumeGoesOn() {
        String untrained = "seq=abracadabra%20cab%20bad&seed=5&h=16&cell=gru";
        open(untrained + "&train=200000");
        browser.waitUntil("some of the link's steps", () -> browser.find("#catch-up").isDisplayed() && caughtUp() >= 50);
        browser.js("rnnPlaygroundWorker.last.terminate();");
        browser.waitUntil("the page says the worker stopped", () -> browser.find("#worker-failure").isDisplayed());
        int kept = caughtUp();
        assertEquals("The link’s training stopped at step " + String.format(Locale.ROOT, "%,d", kept) + " of 200,000.", widget.trainingStatus());
        assertTrue(browser.find("#worker-failure-text").getText().contains("step " + String.format(Locale.ROOT, "%,d", kept) + " are kept"));
        assertFalse(browser.find("#catch-up-text").getText().contains("left"), "no time left while stopped");
        assertArrayEquals(Widget.expected("#" + untrained + "&train=" + kept), widget.values(), "the steps kept are shown");
        browser.click("#worker-resume");
        browser.waitUntil("the catching up goes on", () -> caughtUp() > kept && widget.trainingStatus().startsWith("Running"));
        assertFalse(browser.find("#worker-failure").isDisplayed());
        browser.click("#catch-up-cancel");
        browser.waitUntil("the catching up stops", () -> !browser.find("#catch-up").isDisplayed() && widget.trainingStep() > kept);
        int steps = widget.trainingStep();
        browser.waitUntil("the link holds the steps taken", () -> widget.hash().endsWith("&train=" + steps));
        assertArrayEquals(Widget.expected(widget.hash()), widget.values(), "the network of the steps taken");
    }

    @Test
    void aKilledWorkerIsToldAndResumeGoesOnToTheSameBits() {
        open("seq=abracadabra%20cab%20bad%20rad%20dab%20abracadabra%20cab%20bad%20rad&seed=4&h=10");
        browser.click("#train");
        browser.waitUntil("some steps", () -> widget.trainingStep() >= 20);
        browser.js("rnnPlaygroundWorker.last.terminate();");
        if (browser.find("#train").getAttribute("aria-pressed").equals("false")) {
            browser.click("#train"); // it had paused by itself already: the dead worker is found when asked to train
        }
        browser.waitUntil("the page says the worker stopped", () -> browser.find("#worker-failure").isDisplayed());
        String told = browser.find("#worker-failure-text").getText();
        assertTrue(told.startsWith("Training stopped: the training worker stopped answering. The weights of step "), told);
        int kept = widget.trainingStep();
        assertTrue(told.contains("step " + kept + " are kept"), told + " / step " + kept);
        browser.click("#worker-resume");
        browser.waitUntil("training goes on", () -> widget.trainingStep() >= kept + 20);
        assertFalse(browser.find("#worker-failure").isDisplayed());
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
        browser.waitUntil("the link holds every step", () -> widget.hash().endsWith("&train=" + widget.trainingStep()));
        assertArrayEquals(Widget.expected(widget.hash()), widget.values(), "resumed from the kept weights");
    }

    @Test
    void aFrameFarBelowTheFoldTrainsAsFastAsOneAtTheTop() {
        browser.driver.get(blog.url());
        onBlog = true;
        long start = System.nanoTime();
        double[] doneAt = {-1, -1};
        browser.waitUntil("both frames trained the link's 2,000 steps", () -> {
            for (int k = 0; k < 2; k++) {
                if (doneAt[k] < 0 && inFrame(k).startsWith("Step 2,000")) {
                    doneAt[k] = (System.nanoTime() - start) / 1e9;
                }
            }
            return doneAt[0] >= 0 && doneAt[1] >= 0;
        });
        assertTrue(doneAt[1] <= doneAt[0] * 2 + 2, "at the top after " + doneAt[0] + " s, below the fold after " + doneAt[1] + " s");
        assertEquals(false, browser.js("const r = document.getElementById('below').getBoundingClientRect();"
                + " return r.top < innerHeight;"), "the second frame is out of view");
        for (int k = 0; k < 2; k++) {
            browser.driver.switchTo().frame(k);
            assertEquals(List.of(), browser.foreignRequests(), "frame " + k + " asks its own site only");
            browser.driver.switchTo().defaultContent();
        }
    }

    /** The training status inside frame {@code k} of the blog page. */
    private String inFrame(int k) {
        browser.driver.switchTo().frame(k);
        try {
            return widget.trainingStatus();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    /** A page of another origin with the playground in a frame at its top and another 3,000 px below. */
    private Path writeBlog() throws IOException {
        String src = Site.url() + "index.html?embed&engine=" + engine + "#seq=abracadabra%20cab&seed=5&h=24&cell=gru&train=2000";
        String frame = "<iframe title=\"An RNN\" src=\"" + src + "\" style=\"width:600px;height:900px;border:0\"";
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A long blog post</title>"
                + "<link rel=\"icon\" href=\"data:,\"></head><body>" + frame + "></iframe>"
                + "<div style=\"height:3000px\"></div>" + frame + " id=\"below\"></iframe></body></html>\n";
        Path dir = Site.scratch("long-blog");
        Files.writeString(dir.resolve("index.html"), page);
        return dir;
    }
}
