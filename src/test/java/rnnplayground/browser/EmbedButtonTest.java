package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rnnplayground.app.EmbedSnippet;
import rnnplayground.app.NumberText;
import rnnplayground.server.SiteServer;

/**
 * Embed, beside Copy link: the snippet of the view on screen, with the site's real address, its height
 * explained; pasted into a page on another origin it shows the same view, which keeps the hidden size
 * and the speed.
 */
class EmbedButtonTest extends PerEngineTest {
    private static final String HASH = "seq=cab%20rad&seed=7&h=10";

    @AfterEach
    void noConsoleErrors() {
        browser.driver.switchTo().defaultContent();
        assertEquals(List.of(), browser.errors());
        browser.size(1280, 900);
    }

    private String snippet() {
        return (String) browser.js("return document.getElementById('embed-snippet').value;");
    }

    @Test
    void theSnippetOfTheViewLoadsTheSameViewInAFrameOnAnotherSite() throws IOException {
        browser.allowClipboard();
        open(HASH);
        browser.click("#embed");
        assertEquals("true", browser.find("#embed").getAttribute("aria-expanded"));
        String address = Site.url() + "index.html?embed&engine=" + engine + "#" + HASH;
        browser.waitUntil("the view's height is measured", () -> browser.find("#embed-help").getText().contains("this view"));
        int height = frameHeight(snippet());
        assertEquals(EmbedSnippet.of(address, Site.origin(), height), snippet());
        assertTrue(height < EmbedSnippet.FRAME_HEIGHT, "this small view is shorter than the default's fixed height: " + height);
        assertTrue(browser.find("#embed-help").getText().contains(NumberText.grouped(height) + " px tall"),
                "the height is explained");
        browser.click("#embed-copy");
        browser.waitUntil("the snippet is copied", () -> browser.find("#embed-status").getText().equals("Snippet copied"));
        assertEquals(snippet(), browser.jsAsync("navigator.clipboard.readText().then(done, e => done('' + e));"));

        widget.typeAt(7, 7, "d");
        browser.waitUntil("the snippet follows the view", () -> snippet().contains("#seq=cab%20radd&seed=7&h=10\""));

        Path blog = Site.scratch("embed-button-blog");
        Files.writeString(blog.resolve("index.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>A post</title><link rel=\"icon\" href=\"data:,\"></head><body style=\"margin:0\">"
                + "<div style=\"width:375px\">\n" + snippet() + "</div></body></html>\n");
        try (SiteServer server = SiteServer.onFreePort(blog)) {
            browser.driver.get(server.url());
            browser.waitUntil("the frame has fitted the widget", () -> {
                long frame = (Long) browser.js("return document.querySelector('iframe').clientHeight;");
                return inFrame(() -> engine.key.equals(browser.engine())
                        && frame == (Long) browser.js("return Math.ceil(document.documentElement.getBoundingClientRect().height);"));
            });
            browser.driver.switchTo().frame(browser.find("iframe"));
            assertArrayEquals(Widget.expected("cab radd", 7, 10), widget.values(), "the same view");
            assertTrue(browser.find("#hidden-size").isDisplayed() && browser.find("#speed").isDisplayed(),
                    "the hidden size and the speed are there");
            assertTrue(!browser.find("#embed").isDisplayed(), "no Embed inside the embedded widget");
            browser.driver.switchTo().defaultContent();
            browser.screenshot("embed-button-blog-375-" + engine);
        }
    }

    @Test
    void theSnippetsFixedHeightHoldsATallViewAtItsNarrowest() throws IOException {
        open("seq=abracadabra&seed=1&h=16&cell=lstm&compare=gru&gates=on");
        browser.click("#embed");
        browser.waitUntil("the view's height is measured", () -> browser.find("#embed-help").getText().contains("this view"));
        int height = frameHeight(snippet());
        assertTrue(height > EmbedSnippet.FRAME_HEIGHT, "two lanes with their gates are taller than the default view: " + height);
        String withoutScript = snippet().substring(0, snippet().indexOf("<script>"));
        Path blog = Site.scratch("embed-tall-blog");
        Files.writeString(blog.resolve("index.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>A post</title><link rel=\"icon\" href=\"data:,\"></head><body style=\"margin:0\">"
                + "<div style=\"width:" + EmbedSnippet.NARROWEST + "px\">\n" + withoutScript + "</div></body></html>\n");
        try (SiteServer server = SiteServer.onFreePort(blog)) {
            browser.driver.get(server.url());
            browser.waitUntil("the embedded widget runs", () -> inFrame(() -> engine.key.equals(browser.engine())));
            browser.driver.switchTo().frame(browser.find("iframe"));
            try {
                browser.waitUntil("the view is laid out", () -> widget.filledColumns() == 11);
                assertTrue(browser.find("#legend-gate").isDisplayed(), "the gates' scale is shown with the gates");
                long needed = (Long) browser.js("return document.documentElement.scrollHeight;");
                assertTrue(needed <= height, "the frame of " + height + " px holds the view's " + needed + " px");
            } finally {
                browser.driver.switchTo().defaultContent();
            }
        }
    }

    /** The height the snippet gives its frame, in px. */
    private static int frameHeight(String snippet) {
        Matcher m = Pattern.compile("height:(\\d+)px").matcher(snippet);
        assertTrue(m.find(), snippet);
        return Integer.parseInt(m.group(1));
    }

    private boolean inFrame(java.util.function.BooleanSupplier read) {
        browser.driver.switchTo().frame(browser.find("iframe"));
        try {
            return read.getAsBoolean();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    @Test
    void theShareRowBreaksBetweenItsGroupsOnAPhone() {
        browser.size(375, 800);
        open(HASH);
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.js("return ['#copy-link', '#embed', '#export-png', '#export-json']"
                + ".map(s => Math.round(document.querySelector(s).getBoundingClientRect().top));");
        assertEquals(tops.get(0), tops.get(1), "Copy link and Embed side by side: " + tops);
        assertEquals(tops.get(2), tops.get(3), "the downloads on one line: " + tops);
        assertEquals(List.of(), browser.js("const box = document.getElementById('playground'), style = getComputedStyle(box);"
                + "const right = box.getBoundingClientRect().right - parseFloat(style.paddingRight);"
                + "return Array.from(document.querySelectorAll('.share button'))"
                + ".filter(b => b.getBoundingClientRect().right > right + 0.5).map(b => b.id);"),
                "buttons past the widget's right edge");
        browser.click("#embed");
        assertEquals(0L, browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
        browser.screenshotOf(".share", "share-375-" + engine);
        browser.screenshotOf("#embed-panel", "embed-panel-375-" + engine);
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }
}
