package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rnnplayground.app.HostileLinks;

/** The state in the link: shared links reproduce the values, bad fields are named, Copy link (hostile links: {@link HostileLinksTest}). */
class ShareTest extends PerEngineTest {

    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    private String hash() {
        return (String) browser.js("return location.hash;");
    }

    private void assertShows(String sequence, int seed, int hiddenSize) {
        assertEquals(sequence, widget.sequence());
        assertEquals(Integer.toUnsignedLong(seed), widget.seed());
        assertArrayEquals(Widget.expected(sequence, seed, hiddenSize), widget.values());
    }

    @Test
    void aSharedLinkReproducesTheValues() {
        open("seq=dab%20cab%20rad&seed=4242&h=24");
        assertShows("dab cab rad", 4242, 24);
        assertEquals("", widget.message());
        assertEquals("#seq=dab%20cab%20rad&seed=4242&h=24", hash());
    }

    @Test
    void theLinkFollowsEveryChangeWithoutFillingTheHistory() {
        open("seq=ab&seed=9&h=8");
        long historyBefore = (Long) browser.js("return history.length;");
        widget.typeAt(2, 2, "c d");
        assertEquals("#seq=abc%20d&seed=9&h=8", hash());
        browser.click("#reweight");
        long seed = widget.seed();
        assertEquals("#seq=abc%20d&seed=" + seed + "&h=8", hash());
        assertEquals(historyBefore, browser.js("return history.length;"), "replaceState, not pushState");
        open(hash().substring(1));
        assertShows("abc d", (int) seed, 8);
    }

    @Test
    void openingAnotherLinkOverThePageShowsItsState() {
        open("seq=ab&seed=9&h=8");
        browser.js("window.beforeNavigation = true; location.hash = 'seq=rad&seed=31&h=12';");
        browser.waitUntil("the page shows the new link",
                () -> browser.js("return window.beforeNavigation;") == null
                        && browser.engine() != null);
        assertShows("rad", 31, 12);
        browser.js("window.beforeNavigation = true; location.hash = 'history';");
        assertEquals(true, browser.js("return window.beforeNavigation;"), "a plain anchor only scrolls");
        assertEquals("rad", widget.sequence());
    }

    @Test
    void badFieldsFallBackAloneAndAreNamed() {
        open("seq=abx&seed=77&h=9999");
        assertShows("ab", 77, 16);
        assertEquals("The link’s hidden size (a whole number from 4 to 64) was not usable, so the default is shown."
                + " “x” in the link’s sequence is not allowed and was left out.", widget.message());
        assertEquals("#seq=ab&seed=77&h=16", hash(), "the address shows what is on screen");
        open("seq=xyz&seed=77");
        assertShows("abracadabra", 77, 16);
        assertEquals("The link’s sequence (letters a b r c d and space, at most 64) was not usable, so the default is"
                + " shown.", widget.message());
    }

    @Test
    void anOverLongSequenceKeepsItsFirstSymbols() {
        open("seq=" + HostileLinks.longSequence().replace(" ", "%20") + "&seed=3&h=8");
        assertShows(HostileLinks.longSequence().substring(0, 64), 3, 8);
        assertEquals("The link’s sequence had 100,000 symbols; the first 64 are kept.", widget.message());
        widget.typeAt(0, 1, "d");
        assertEquals("", widget.message(), "the notice goes with the first edit");
    }

    @Test
    void aKeyGivenTwiceSaysWhichValueIsUsed() {
        open("seq=cab&seed=1&seed=2&h=8");
        assertShows("cab", 2, 8);
        assertEquals("The link gives the seed twice; the last, “2”, is used.", widget.message());
        assertEquals("#seq=cab&seed=2&h=8", hash());
    }

    @Test
    void badSettingsOfTheCellTrainingAndSampleFallBackAloneAndAreNamed() {
        open("seq=cab&seed=5&h=8&cell=rnnx&rho=7&lr=abc&train=-3&temp=99");
        assertShows("cab", 5, 8);
        String message = widget.message();
        for (String named : new String[] {"cell (one of ", "recurrent scale (one of ", "learning rate (one of ", "training (",
            "sampling temperature (one of "}) {
            assertTrue(message.contains(named), named + " in: " + message);
        }
        assertEquals("Plain RNN", browser.js("const s = document.getElementById('cell'); return s.options[s.selectedIndex].text;"));
        assertTrue(widget.trainingStatus().startsWith("Step 0"), widget.trainingStatus());
        assertEquals("#seq=cab&seed=5&h=8", hash(), "the address shows what is on screen");
    }

    @Test
    void unknownKeysAreIgnoredAndNamed() {
        open("seq=dd&speed=fast&seed=3&theme=dark&h=4");
        assertShows("dd", 3, 4);
        assertEquals("Ignored in the link: “speed” and “theme”.", widget.message());
    }

    @Test
    void copyLinkCopiesALinkThatReproducesTheView() {
        browser.allowClipboard();
        open("seq=cab&seed=123&h=6");
        browser.click("#copy-link");
        browser.waitUntil("the status says the link is copied",
                () -> browser.find("#share-status").getText().equals("Link copied"));
        String copied = (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('' + e));");
        assertEquals(Site.url() + "index.html?engine=" + engine + "#seq=cab&seed=123&h=6", copied);
        assertFalse(browser.find("#share-link").isDisplayed());
        browser.open(copied);
        assertShows("cab", 123, 6);
    }

    @Test
    void copyLinkShowsTheLinkSelectedWhenTheClipboardIsRefused() {
        open("seq=cab&seed=123&h=6");
        browser.js("window.refusals = 0;"
                + "if (navigator.clipboard) { navigator.clipboard.writeText = () => { window.refusals++;"
                + "  return Promise.reject(new DOMException('denied', 'NotAllowedError')); }; }"
                + "document.execCommand = () => { window.refusals++; return false; };");
        browser.click("#copy-link");
        browser.waitUntil("the link is shown", () -> browser.find("#share-link").isDisplayed());
        String link = browser.find("#share-link").getAttribute("value");
        assertEquals(Site.url() + "index.html?engine=" + engine + "#seq=cab&seed=123&h=6", link);
        assertTrue(browser.find("#share-status").getText().contains("Ctrl+C"));
        assertEquals(List.of(0L, (long) link.length(), true), browser.js(
                "const f = document.getElementById('share-link');"
                        + "return [f.selectionStart, f.selectionEnd, document.activeElement === f];"));
        assertTrue(((Long) browser.js("return window.refusals;")) >= 1);
    }
}
