package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
        HashCodec.Decoded decoded = HashCodec.decode("#seq=abx&seed=42&h=16");
        assertSameState(PageState.DEFAULT.withSeed(42), decoded.state);
        assertEquals(List.of("sequence"), decoded.rejected);
        assertEquals("The link’s sequence (letters a b r c d and space, at most 64) was not usable,"
                + " so the default is shown.", decoded.problem);
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
    void charactersOutsideTheAlphabetAreRejectedWhateverTheirEncoding() {
        String[] values = {"ABRA", "abr%C3%A9", "ab%0Acd", "a%09b", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "abc%", "ab%2", "%ZZ", "a".repeat(65)};
        for (String value : values) {
            HashCodec.Decoded decoded = HashCodec.decode("#seq=" + value + "&seed=5");
            assertEquals(PageState.DEFAULT.sequence, decoded.state.sequence, value);
            assertEquals(5, decoded.state.seed, value);
            assertEquals(List.of("sequence"), decoded.rejected, value);
            assertFalse(decoded.problem.contains("<"), decoded.problem);
        }
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
        assertEquals("Ignored in the link: “a”, “b”, “c” and 3 other parts.", hostile.problem);
        assertFalse(hostile.problem.contains("<"));

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
        assertTrue(decoded.problem.length() < 200, decoded.problem);

        HashCodec.Decoded oneLongPart = HashCodec.decode("#seq=" + "a".repeat(100_000) + "&seed=3");
        assertEquals(PageState.DEFAULT.sequence, oneLongPart.state.sequence);
        assertEquals(3, oneLongPart.state.seed);
    }

    @Test
    void theLastOccurrenceOfAKeyDecides() {
        HashCodec.Decoded good = HashCodec.decode("#seed=x&seed=8");
        assertEquals(8, good.state.seed);
        assertEquals("", good.problem);
        HashCodec.Decoded bad = HashCodec.decode("#seed=8&seed=x");
        assertEquals(PageState.DEFAULT_SEED, bad.state.seed);
        assertEquals(List.of("seed"), bad.rejected);
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
            {"train=10001", "training"}, {"lr=abc", "learning rate"}, {"lr=0.010", "learning rate"}}) {
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
