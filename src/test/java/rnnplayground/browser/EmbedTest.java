package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.openqa.selenium.WebElement;
import rnnplayground.app.EmbedSnippet;
import rnnplayground.server.SiteServer;

/**
 * The README's iframe snippet in a page on another origin (a blog): the embedded widget fits the
 * frame at every width from 320 to 1200 px, tells its height, and never scrolls inside.
 */
class EmbedTest extends PerEngineTest {
    static final int[] WIDTHS = {320, 375, 480, 768, 1024, 1200};
    /** The fixed height the README's snippet gives the frame: enough for the default view at any width. */
    static final int README_HEIGHT = EmbedSnippet.FRAME_HEIGHT;
    private static final String PLACEHOLDER = "https://USER.github.io/rnn-playground/";
    private SiteServer blog;

    /** The blog embeds the page on this run's engine. */
    @BeforeParameterizedClassInvocation
    void start() throws IOException {
        browser.size(1400, 1000);
        blog = SiteServer.onFreePort(writeBlog());
    }

    @AfterEach
    void noConsoleErrors() {
        browser.driver.switchTo().defaultContent();
        assertEquals(List.of(), browser.errors());
    }

    @AfterParameterizedClassInvocation
    void stop() {
        blog.close();
    }

    /** The README's snippet, aimed at the test site, inside a page of a blog on another origin. */
    private Path writeBlog() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("```html\n", readme.indexOf("<!-- embed-snippet -->")) + "```html\n".length();
        String snippet = readme.substring(from, readme.indexOf("```", from));
        assertTrue(snippet.contains(PLACEHOLDER + "index.html?embed#"), snippet);
        String site = Site.url();
        snippet = snippet.replace(PLACEHOLDER + "index.html?embed#", site + "index.html?embed&engine=" + engine + "#")
                .replace("https://USER.github.io", Site.origin());
        assertTrue(snippet.contains("#seq=abracadabra&seed=1&h=16\""), snippet);
        assertTrue(snippet.contains("height:" + README_HEIGHT + "px"), snippet);
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A blog post</title>"
                + "<link rel=\"icon\" href=\"data:,\">"
                + "<style>body { margin: 0; font: 18px Georgia, serif; } #column { margin: 0 auto; }</style></head>\n"
                + "<body><div id=\"column\"><p>A paragraph before the widget.</p>\n" + snippet
                + "\n<p>A paragraph after it.</p></div></body></html>\n";
        Path dir = Site.scratch("blog");
        Files.writeString(dir.resolve("index.html"), page);
        return dir;
    }

    /** What {@code read} reads inside the iframe. */
    private <T> T inFrame(Supplier<T> read) {
        browser.driver.switchTo().frame(browser.find("iframe"));
        try {
            return read.get();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    /** The embedded page's height and its scroll and client sizes. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> measure() {
        return inFrame(() -> (Map<String, Object>) browser.js("const h = document.documentElement;"
                + "return {height: Math.ceil(h.getBoundingClientRect().height), scrollHeight: h.scrollHeight,"
                + " clientHeight: h.clientHeight, scrollWidth: h.scrollWidth, clientWidth: h.clientWidth};"));
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @Test
    void theEmbedFitsTheFrameAtEveryWidthWithoutScrolling() {
        browser.driver.get(blog.url());
        List<String> heights = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.js("document.getElementById('column').style.width = arguments[0] + 'px';", width);
            browser.waitUntil("the frame fits the widget at " + width + " px", () -> {
                Map<String, Object> m = measure();
                long frameHeight = (Long) browser.js("return document.querySelector('iframe').clientHeight;");
                return engine.key.equals(inFrame(browser::engine)) && frameHeight == number(m, "height")
                        && number(m, "scrollHeight") <= number(m, "clientHeight");
            });
            Map<String, Object> m = measure();
            assertEquals(width, number(m, "clientWidth"));
            assertTrue(number(m, "scrollWidth") <= number(m, "clientWidth"), width + " px scrolls sideways: " + m);
            assertTrue(number(m, "height") <= README_HEIGHT, width + " px: " + m);
            heights.add(width + ":" + number(m, "height"));
        }
        System.out.println("embed heights (width:height) " + heights);

        browser.driver.switchTo().frame(browser.find("iframe"));
        assertEquals(engine.key, browser.engine());
        assertArrayEquals(Widget.expected("abracadabra", 1, 16), widget.values());
        assertFalse(browser.find(".masthead").isDisplayed());
        assertFalse(browser.find("#history").isDisplayed());
        assertFalse(browser.find(".try-it").isDisplayed());
        assertTrue(browser.find("#playground").isDisplayed());
        WebElement full = browser.find("#full-page");
        assertTrue(full.isDisplayed());
        browser.js("document.getElementById('full-page').focus();");
        assertEquals(Site.url() + "index.html#seq=abracadabra&seed=1&h=16", full.getAttribute("href"));
        assertEquals("_blank", full.getAttribute("target"));
        widget.train(10);
        assertArrayEquals(Widget.expected(widget.hash()), widget.values(), "trained in the frame");
        browser.driver.switchTo().defaultContent();
    }

    @Test
    void theFrameFollowsTheWidgetWhenItGrows() {
        browser.driver.get(blog.url());
        browser.js("document.getElementById('column').style.width = '375px';");
        browser.waitUntil("the frame fits", () -> {
            Map<String, Object> m = measure();
            return engine.key.equals(inFrame(browser::engine))
                    && (Long) browser.js("return document.querySelector('iframe').clientHeight;") == number(m, "height");
        });
        long before = (Long) browser.js("return document.querySelector('iframe').clientHeight;");
        browser.driver.switchTo().frame(browser.find("iframe"));
        browser.click("#numbers summary");
        browser.driver.switchTo().defaultContent();
        browser.waitUntil("the frame grows with the numbers table", () -> {
            Map<String, Object> m = measure();
            long frameHeight = (Long) browser.js("return document.querySelector('iframe').clientHeight;");
            return frameHeight > before && frameHeight == number(m, "height")
                    && number(m, "scrollHeight") <= number(m, "clientHeight");
        });
    }

    @Test
    void embedAloneShowsOnlyTheWidget() {
        browser.size(375, 800);
        try {
            browser.open("embed&engine=" + engine, "seq=cab&seed=7&h=10");
            assertEquals(engine.key, browser.engine());
            assertFalse(browser.find(".masthead").isDisplayed());
            assertFalse(browser.find(".site-footer").isDisplayed());
            assertTrue(browser.find("#full-page").isDisplayed());
            assertArrayEquals(Widget.expected("cab", 7, 10), widget.values());
            browser.screenshot("embed-375-" + engine);
        } finally {
            browser.size(1400, 1000);
        }
    }
}
