package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;

class HashCodecTest {
    private static void assertSameState(PageState expected, PageState actual) {
        assertEquals(expected.sequence, actual.sequence, "sequence");
        assertEquals(expected.seed, actual.seed, "seed");
        assertEquals(expected.hiddenSize, actual.hiddenSize, "hidden size");
    }

    @Test
    void writesEveryFieldInTableOrder() {
        assertEquals("seq=abracadabra&seed=1&h=16", HashCodec.encode(PageState.DEFAULT));
        assertEquals("seq=ab%20ra&seed=4294967295&h=4", HashCodec.encode(new PageState("ab ra", -1, 4)));
    }

    @Test
    void everyStateSurvivesTheRoundTrip() {
        String[] sequences = {"", " ", "abracadabra", "a b r c d", "  dd  ", "abcdr ".repeat(10) + "abcd"};
        int[] seeds = {0, 1, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE, -1};
        for (String sequence : sequences) {
            for (int seed : seeds) {
                for (int h = PageState.MIN_HIDDEN_SIZE; h <= PageState.MAX_HIDDEN_SIZE; h += 15) {
                    PageState state = new PageState(sequence, seed, h);
                    HashCodec.Decoded decoded = HashCodec.decode("#" + HashCodec.encode(state));
                    assertSameState(state, decoded.state);
                    assertEquals("", decoded.problem);
                }
            }
        }
    }

    @Test
    void keysAreUniqueAndDefaultsAreReadable() {
        Set<String> keys = new HashSet<>();
        for (StateField field : HashCodec.FIELDS) {
            assertTrue(keys.add(field.key), "duplicate key " + field.key);
            assertTrue(field.read(PageState.DEFAULT, field.write(PageState.DEFAULT)) != null, field.key);
        }
    }

    @Test
    void emptyOrMissingHashGivesTheDefaultsSilently() {
        for (String hash : new String[] {"", "#", "#&&", "&", null}) {
            HashCodec.Decoded decoded = HashCodec.decode(hash);
            assertSameState(PageState.DEFAULT, decoded.state);
            assertEquals("", decoded.problem, String.valueOf(hash));
        }
    }

    @Test
    void aPlainAnchorIsNotAState() {
        for (String hash : new String[] {"#history", "#playground", "#" + "x".repeat(100_000)}) {
            HashCodec.Decoded decoded = HashCodec.decode(hash);
            assertSameState(PageState.DEFAULT, decoded.state);
            assertEquals("", decoded.problem);
        }
    }

    @Test
    void aMissingFieldKeepsItsDefault() {
        HashCodec.Decoded decoded = HashCodec.decode("#seed=7");
        assertSameState(PageState.DEFAULT.withSeed(7), decoded.state);
        assertEquals("", decoded.problem);
    }

    @Test
    void plusAndPercentTwentyAreSpaces() {
        assertEquals("ab ra c", HashCodec.decode("#seq=ab+ra%20c").state.sequence);
        assertEquals("abc", HashCodec.decode("#%73%65%71=%61bc").state.sequence, "keys are decoded too");
    }

    @Test
    void aBadFieldFallsBackAloneAndIsNamedWithItsRule() {
        HashCodec.Decoded decoded = HashCodec.decode("#seq=ab&seed=42&h=99");
        assertSameState(new PageState("ab", 42, PageState.DEFAULT.hiddenSize), decoded.state);
        assertEquals(List.of("hidden size"), decoded.rejected);
        assertEquals("The link’s hidden size (a whole number from 4 to 64) was not usable, so the default is shown.",
                decoded.problem);
    }

    @Test
    void outOfRangeNumbersAreRejected() {
        String[] hashes = {"h=3", "h=65", "h=-16", "h=16.0", "h=1e1", "h=0x10", "h=", "seed=1&h", "seed=4294967296",
            "seed=-1", "seed=99999999999", "seed=1%00", "seed= 1"};
        for (String hash : hashes) {
            HashCodec.Decoded decoded = HashCodec.decode(hash);
            assertSameState(PageState.DEFAULT, decoded.state);
            assertEquals(1, decoded.rejected.size(), hash);
        }
        HashCodec.Decoded both = HashCodec.decode("seq=ab&seed=x&h=999");
        assertEquals("ab", both.state.sequence);
        assertEquals(List.of("seed", "hidden size"), both.rejected);
        assertTrue(both.problem.contains("seed (a whole number from 0 to 4294967295) and hidden size"
                + " (a whole number from 4 to 64) were not usable, so the defaults are shown."), both.problem);
    }

    @Test
    void theSequenceKeepsItsSymbolsAndNamesWhatItLeftOut() {
        String[][] cases = {
            {"abx", "ab", "“x” in the link’s sequence is not allowed and was left out."},
            {"ABRA", "abra", ""},
            {"abr%C3%A9", "abr", "“é” in the link’s sequence is not allowed and was left out."},
            {"ab%0Acd", "abcd", "line break in the link’s sequence is not allowed and was left out."},
            {"a%09b", "ab", "tab in the link’s sequence is not allowed and was left out."},
            {"abc%", "abc", "“%” in the link’s sequence is not allowed and was left out."},
            {"ab%2", "ab", "“%” and “2” in the link’s sequence are not allowed and were left out."},
            {"ab%E2%80%AEdc", "abdc", "U+202E in the link’s sequence is not allowed and was left out."},
            {"a%F0%9F%98%80b", "ab", "“\uD83D\uDE00” in the link’s sequence is not allowed and was left out."},
            {"a%ED%A0%80b%C0%AFc", "abc", "“\uFFFD” in the link’s sequence is not allowed and was left out."},
            {"a+b%20c", "a b c", ""},
            {"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "crarcr", "“<”, “s”, “i”, “p”, “t” and 7 others in the link’s"
                + " sequence are not allowed and were left out."},
        };
        for (String[] c : cases) {
            HashCodec.Decoded decoded = HashCodec.decode("#seq=" + c[0] + "&seed=5");
            assertEquals(c[1], decoded.state.sequence, c[0]);
            assertEquals(5, decoded.state.seed, c[0]);
            assertEquals(List.of(), decoded.rejected, c[0]);
            assertEquals(c[2], decoded.problem, c[0]);
        }
    }

    @Test
    void aSequenceWithNoSymbolAtAllFallsBackAndIsNamedWithItsRule() {
        for (String value : new String[] {"xyz", "%ZZ", "123", "%3C%3E"}) {
            HashCodec.Decoded decoded = HashCodec.decode("#seq=" + value + "&seed=5");
            assertEquals(PageState.DEFAULT.sequence, decoded.state.sequence, value);
            assertEquals(List.of("sequence"), decoded.rejected, value);
            assertEquals("The link’s sequence (letters a b r c d and space, at most 64) was not usable, so the default"
                    + " is shown.", decoded.problem);
        }
        assertEquals("", HashCodec.decode("#seq=&seed=5").state.sequence, "an empty sequence is one");
    }

    @Test
    void anOverLongSequenceKeepsItsFirstSymbolsAndSaysHowManyItHad() {
        String symbols = HostileLinks.longSequence();
        HashCodec.Decoded decoded = HashCodec.decode("#seq=" + HashCodec.escape(symbols) + "&seed=3");
        assertEquals(symbols.substring(0, SequenceRules.MAX_LENGTH), decoded.state.sequence);
        assertEquals(3, decoded.state.seed);
        assertEquals("The link’s sequence had 100,000 symbols; the first 64 are kept.", decoded.problem);

        assertEquals("The link’s sequence had 65 symbols; the first 64 are kept.",
                HashCodec.decode("#seq=" + "a".repeat(65)).problem);
        HashCodec.Decoded mixed = HashCodec.decode("#seq=" + "ab%3Cx".repeat(20_000));
        assertEquals("ab".repeat(32), mixed.state.sequence);
        assertEquals("The link’s sequence had 40,000 symbols; the first 64 are kept. “<” and “x” in the link’s"
                + " sequence are not allowed and were left out.", mixed.problem);
    }

    @Test
    void anOverLongSequenceIsCountedAndCut() {
        String value = HashCodec.escape(HostileLinks.longSequence()).repeat(20); // 3.2 MB, 2 million symbols
        HashCodec.Decoded decoded = HashCodec.decode("#seq=" + value);
        assertEquals("The link’s sequence had 2,000,000 symbols; the first 64 are kept.", decoded.problem);
        assertEquals(64, decoded.state.sequence.length());
    }

    @Test
    void unknownKeysAreIgnoredAndNamedWhenHarmless() {
        HashCodec.Decoded decoded = HashCodec.decode("#seq=ab&speed=3&theme=dark");
        assertEquals("ab", decoded.state.sequence);
        assertEquals(List.of("speed", "theme"), decoded.unknown);
        assertEquals("Ignored in the link: “speed” and “theme”.", decoded.problem);

        HashCodec.Decoded hostile = HashCodec.decode("#%3Cscript%3E=1&<b>=2&a=1&b=2&c=3&d=4");
        assertEquals(List.of("a", "b", "c"), hostile.unknown, "keys with markup are never repeated");
        assertEquals(6, hostile.ignored);
        assertEquals("Ignored in the link: “a”, “b”, “c” and 3 other unknown parts.", hostile.problem);
        assertFalse(hostile.problem.contains("<"), "nor markup");

        assertEquals("Ignored in the link: 1 unknown part.", HashCodec.decode("#%3Cx%3E=1").problem);
    }

    @Test
    void hugeJunkIsBoundedAndTheGoodFieldsStillCount() {
        StringBuilder junk = new StringBuilder();
        while (junk.length() < 100_000) {
            junk.append("%3Cscript%3E&\u0000\uFFFF<>\"'=;");
        }
        HashCodec.Decoded decoded = HashCodec.decode("#seed=99&" + junk + "&h=8");
        assertEquals(99, decoded.state.seed);
        assertEquals(PageState.DEFAULT.hiddenSize, decoded.state.hiddenSize, "parts beyond the limit are not read");
        assertTrue(decoded.ignored > HashCodec.MAX_PARTS, String.valueOf(decoded.ignored));
        assertTrue(decoded.problem.startsWith("Ignored in the link: 31 unknown parts and "), decoded.problem);
        assertTrue(decoded.problem.endsWith(" parts after the first 32."), decoded.problem);
        assertTrue(decoded.problem.length() < 200, decoded.problem);

        HashCodec.Decoded longKey = HashCodec.decode("#seq=ab&" + "k".repeat(100_000) + "=1&h=8");
        assertEquals(8, longKey.state.hiddenSize);
        assertEquals("Ignored in the link: 1 unknown part.", longKey.problem);
        HashCodec.Decoded longValue = HashCodec.decode("#seed=" + "9".repeat(300) + "&h=8");
        assertEquals(8, longValue.state.hiddenSize);
        assertEquals(List.of("seed"), longValue.rejected, "a value far too long is the field's, not an unknown part");
    }

    @Test
    void theLastOccurrenceOfAKeyDecidesAndIsNamed() {
        HashCodec.Decoded twice = HashCodec.decode("#seed=1&seed=2");
        assertEquals(2, twice.state.seed);
        assertEquals("The link gives the seed twice; the last, “2”, is used.", twice.problem);
        HashCodec.Decoded good = HashCodec.decode("#seed=x&seed=8");
        assertEquals(8, good.state.seed);
        assertEquals(List.of(), good.rejected);
        HashCodec.Decoded bad = HashCodec.decode("#seed=8&seed=x");
        assertEquals(PageState.DEFAULT_SEED, bad.state.seed);
        assertEquals(List.of("seed"), bad.rejected);
        assertEquals("The link’s seed (a whole number from 0 to 4294967295) was not usable, so the default is shown."
                + " The link gives the seed twice; the last counts.", bad.problem);
        assertEquals("The link gives the sequence twice; the last, “ba”, is used. The link gives the hidden size 3"
                + " times; the last, “10”, is used.", HashCodec.decode("#seq=ab&seq=ba&h=8&h=9&h=10").problem);
        assertEquals("The link gives the seed twice; the last, “1”, is used. The link gives the hidden size twice;"
                + " the last, “8”, is used. The link gives the cell twice; the last, “gru”, is used. It gives 2 other"
                + " keys more than once; the last of each is used.",
                HashCodec.decode("#seed=1&seed=1&h=8&h=8&cell=gru&cell=gru&lr=1&lr=1&temp=1&temp=1").problem);
        String plan = "abracadabra:5:0.01:5,".repeat(3) + "3";
        assertEquals("The link gives the training twice; the last, “abracadabra:5:0.01:5,abr…”, is used.",
                HashCodec.decode("#train=2&train=" + plan).problem);
    }

    @Test
    void aChoiceThatMayBeEmptySaysSo() {
        assertEquals("The link’s compared cell (nothing, or one of " + String.join(", ", Cells.keys())
                + ") was not usable, so the default is shown.", HashCodec.decode("#cell=gru&compare=gru").problem);
    }

    @Test
    void everyHostileLinkIsReadWithinBoundsAndWhatIsShownMakesACleanLink() {
        for (String link : HostileLinks.ALL) {
            String name = link.length() > 80 ? link.substring(0, 80) + "…" : link;
            HashCodec.Decoded decoded = HashCodec.decode("#" + link);
            assertTrue(decoded.problem.length() < 1200, name + ": " + decoded.problem);
            assertFalse(decoded.problem.matches("(?s).*<[A-Za-z/!].*"), name + ": " + decoded.problem);
            assertTrue(SequenceRules.isValid(decoded.state.sequence), name);
            HashCodec.Decoded again = HashCodec.decode("#" + HashCodec.encode(decoded.state));
            assertEquals("", again.problem, name);
            assertEquals(HashCodec.encode(decoded.state), HashCodec.encode(again.state), name);
        }
    }

    @Test
    void escapeKeepsUnreservedCharactersOnly() {
        assertEquals("a-b_c.d~e%20%26%3D%23%25", HashCodec.escape("a-b_c.d~e &=#%"));
        assertEquals("%EF%BF%BD", HashCodec.escape("é"));
        assertEquals("a b&", HashCodec.unescape("a+b%26"));
    }

    @Test
    void trainingAndLearningRateTravelInTheLinkWhenSet() {
        PageState trained = PageState.DEFAULT.with(b -> b.learningRate(6).training(TrainingPlan.parse("ab ra:4:0.3:off,20")));
        String hash = HashCodec.encode(trained);
        assertEquals("seq=abracadabra&seed=1&h=16&lr=0.1&train=ab%20ra:4:0.3:off,20", hash);
        HashCodec.Decoded decoded = HashCodec.decode("#" + hash);
        assertEquals("", decoded.problem);
        assertEquals(6, decoded.state.learningRate);
        assertEquals("ab ra:4:0.3:off,20", decoded.state.training.text());
    }

    @Test
    void aBadTrainingOrLearningRateFallsBackAlone() {
        for (String[] bad : new String[][] {{"train=-3", "training"}, {"train=1e99", "training"},
            {"train=1000001", "training"}, {"lr=abc", "learning rate"}, {"lr=0.010", "learning rate"}}) {
            HashCodec.Decoded decoded = HashCodec.decode("#seq=abra&seed=5&" + bad[0]);
            assertEquals(List.of(bad[1]), decoded.rejected, bad[0]);
            assertEquals("abra", decoded.state.sequence);
            assertEquals(5, decoded.state.seed);
            assertEquals(0, decoded.state.training.steps());
            assertEquals(TrainingSettings.DEFAULT_LEARNING_RATE, decoded.state.learningRate);
            assertTrue(decoded.problem.contains(bad[1]), decoded.problem);
        }
        HashCodec.Decoded nothingToPredict = HashCodec.decode("#seq=a&train=5");
        assertEquals(List.of("training"), nothingToPredict.rejected);
        assertEquals("a", nothingToPredict.state.sequence);
    }

    @Test
    void theColouringAndTheOpenCellTravelAndAreLeftOutWhenThereAreNone() {
        PageState state = new PageState("abracadabra", 1, 16).with(b -> b.colour(7).open(new OpenCell(false, 3, 5)));
        String hash = HashCodec.encode(state);
        assertEquals("seq=abracadabra&seed=1&h=16&colour=7&open=h:3,5", hash);
        HashCodec.Decoded decoded = HashCodec.decode(hash);
        assertEquals(7, decoded.state.colour);
        assertEquals("h:3,5", decoded.state.open.text());
        assertEquals("", decoded.problem);
        assertEquals("p:2,0", HashCodec.decode("open=p:2,0&seq=ab").state.open.text(), "any order");
        assertEquals("seq=abracadabra&seed=1&h=16", HashCodec.encode(decoded.state.with(b -> b.colour(-1).open(OpenCell.NONE))));
    }

    @Test
    void aColouringOrACellOutsideTheStateFallsBackAndIsNamed() {
        String[] hashes = {"colour=4&h=4", "h=4&colour=64", "open=h:4,0&h=4", "seq=ab&open=h:0,2", "open=p:6,0",
            "open=x:1,1", "open=h:1", "open=h:-1,2", "colour=-1", "colour=1e1"};
        for (String hash : hashes) {
            HashCodec.Decoded decoded = HashCodec.decode(hash);
            assertEquals(-1, decoded.state.colour, hash);
            assertFalse(decoded.state.open.isOpen(), hash);
            assertTrue(decoded.problem.contains(hash.contains("colour") ? "colouring" : "open cell"), hash + ": " + decoded.problem);
        }
        assertEquals(3, HashCodec.decode("colour=3&h=4").state.colour, "the last dimension of h = 4");
    }

    @Test
    void theOpenPanelsAndTheDetectorAreOptionalFieldsThatOlderLinksDoNotNeed() {
        assertEquals("seq=abracadabra&seed=1&h=16", HashCodec.encode(HashCodec.decode("#seq=abracadabra&seed=1&h=16").state));
        HashCodec.Decoded decoded = HashCodec.decode("#seq=abracadabra&seed=1&h=16&panels=inspect,numbers,-training&detector=space");
        assertEquals("", decoded.problem);
        PageState state = decoded.state;
        assertTrue(Panels.isOpen(state.panels, 2) && Panels.isOpen(state.panels, 3) && Panels.isOpen(state.panels, 1));
        assertFalse(Panels.isOpen(state.panels, 0), "training closed");
        assertEquals(5, state.detector);
        assertEquals("seq=abracadabra&seed=1&h=16&panels=-training,inspect,numbers&detector=space", HashCodec.encode(state));
        for (String bad : new String[] {"panels=inspect,inspect", "panels=share", "panels=inspect,", "detector=x"}) {
            HashCodec.Decoded refused = HashCodec.decode("#seq=abracadabra&seed=1&h=16&" + bad);
            assertTrue(refused.problem.contains(bad.startsWith("panels") ? "open panels" : "detector"), refused.problem);
            assertEquals(Panels.DEFAULT, refused.state.panels);
            assertEquals(-1, refused.state.detector);
        }
    }
}
