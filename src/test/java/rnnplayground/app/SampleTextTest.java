package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleTextTest {
    @Test
    void aRunOfSpacesCanBeCounted() {
        assertEquals("ab␣␣␣cd␣", SampleText.visible("ab   cd "));
    }

    @Test
    void untrainedSamplesThatAgreeAreExplainedAndOthersAreNot() {
        assertTrue(SampleText.agreement("abracadabra", "abracadabrc", 0).startsWith("Before training"));
        assertEquals("", SampleText.agreement("abracadabra", "abracadabrc", 10), "trained: no excuse");
        assertEquals("", SampleText.agreement("abracadabra", "dcbrrrrr ab", 0), "they do not agree");
    }
}
