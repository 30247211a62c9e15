package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceEditTest {
    @Test
    void allowedTextGoesInAtTheCaret() {
        SequenceEdit edit = SequenceEdit.insert("abra", 2, 2, "cd");
        assertEquals("abcdra", edit.value);
        assertEquals(4, edit.caret);
        assertTrue(edit.isVerbatim("cd"));
        assertEquals("", edit.message());
    }

    @Test
    void refusedCharactersStayOutAndAreNamedOnce() {
        SequenceEdit edit = SequenceEdit.insert("abra", 1, 1, "xaxé1");
        assertEquals("aabra", edit.value);
        assertEquals(2, edit.caret);
        assertEquals(List.of("“x”", "“é”", "“1”"), edit.refused.named());
        assertFalse(edit.isVerbatim("xaxé1"));
        assertEquals("“x”, “é” and “1” are not allowed. Use only a b r c d and space.", edit.message());
    }

    @Test
    void onlyRefusedCharactersLeaveValueAndCaretAlone() {
        SequenceEdit edit = SequenceEdit.insert("abra", 3, 3, "z");
        assertEquals("abra", edit.value);
        assertEquals(3, edit.caret);
        assertEquals("“z” is not allowed. Use only a b r c d and space.", edit.message());
    }

    @Test
    void uppercaseLettersOfTheAlphabetAreLowered() {
        SequenceEdit edit = SequenceEdit.insert("", 0, 0, "ABRA CAD");
        assertEquals("abra cad", edit.value);
        assertTrue(edit.refused.isEmpty());
        assertFalse(edit.isVerbatim("ABRA CAD"), "the browser must not insert the uppercase text itself");
    }

    @Test
    void aSurrogatePairIsOneRefusedCharacter() {
        SequenceEdit edit = SequenceEdit.insert("ab", 2, 2, "😀a😀");
        assertEquals("aba", edit.value);
        assertEquals(List.of("“😀”"), edit.refused.named());
    }

    @Test
    void aSelectionIsReplaced() {
        assertEquals("abdra", SequenceEdit.insert("abcra", 2, 3, "d").value);
        assertEquals("abdra", SequenceEdit.insert("abcra", 3, 2, "d").value);
    }

    @Test
    void theLengthLimitHolds() {
        String full = "a".repeat(SequenceRules.MAX_LENGTH - 1);
        SequenceEdit edit = SequenceEdit.insert(full, full.length(), full.length(), "bcd");
        assertEquals(full + "b", edit.value);
        assertTrue(edit.truncated);
        assertEquals("At most 64 characters: the rest was not added.", edit.message());
        SequenceEdit replacing = SequenceEdit.insert(full + "b", 0, 2, "cc");
        assertFalse(replacing.truncated, "replacing a selection frees its room");
    }

    @Test
    void lineBreaksAndTabsAreNamedInWordsAWindowsLineBreakOnce() {
        assertTrue(SequenceEdit.insert("", 0, 0, "a\r\nb\n").message().startsWith("line break is"));
        assertTrue(SequenceEdit.insert("", 0, 0, "a\nb\t").message().startsWith("line break and tab are"));
    }
}
