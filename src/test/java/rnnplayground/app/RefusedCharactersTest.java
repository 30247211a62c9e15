package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedCharactersTest {
    private static String message(String refused) {
        RefusedCharacters characters = new RefusedCharacters();
        characters.add(refused);
        return SequenceRules.refusalMessage(characters, false);
    }

    @Test
    void namesEachCharacterOnceInTheOrderTyped() {
        assertEquals("“h”, “e”, “l” and “o” are not allowed. Use only a b r c d and space.", message("hello"));
        assertEquals("“h” is not allowed. Use only a b r c d and space.", message("hhh"));
    }

    @Test
    void namesTheFirstFewAndCountsTheOthers() {
        assertEquals("“1”, “2”, “3”, “4”, “5” and one other are not allowed. Use only a b r c d and space.",
                message("1234561"));
        assertEquals("“1”, “2”, “3”, “4”, “5” and 4 others are not allowed. Use only a b r c d and space.",
                message("123456789"));
    }

    @Test
    void aHugeTextGivesAShortMessage() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 100_000; k++) {
            text.append((char) (0x100 + k % 50_000));
        }
        RefusedCharacters characters = new RefusedCharacters();
        characters.add(text.toString());
        assertEquals(50_000, characters.count());
        String message = SequenceRules.refusalMessage(characters, true);
        assertTrue(message.startsWith("“Ā”, “ā”, “Ă”, “ă”, “Ą” and 49995 others are not allowed."), message);
        assertTrue(message.endsWith("At most 64 characters: the rest was not added."), message);
        assertTrue(message.length() < 200, message);
    }

    @Test
    void aSurrogatePairIsOneCharacterAndAWindowsLineBreakOne() {
        RefusedCharacters characters = new RefusedCharacters();
        characters.add("😀x😀\r\n\n");
        assertEquals(List.of("“😀”", "“x”", "line break"), characters.named());
        assertEquals(3, characters.count());
    }

    @Test
    void anotherSetAddsItsNewCharactersAfterTheseAndCountsThemAll() {
        RefusedCharacters typed = new RefusedCharacters();
        typed.add("he");
        RefusedCharacters pasted = new RefusedCharacters();
        pasted.add("hello-world12345678😀");
        typed.addAll(pasted);
        assertEquals(List.of("“h”", "“e”", "“l”", "“o”", "“-”"), typed.named());
        assertEquals(17, typed.count()); // h e l o - w r d, eight digits, 😀
    }

    @Test
    void addsUpAndStartsAgainWhenCleared() {
        RefusedCharacters characters = new RefusedCharacters();
        characters.add("he");
        characters.add("llo");
        assertEquals(List.of("“h”", "“e”", "“l”", "“o”"), characters.named());
        characters.clear();
        assertTrue(characters.isEmpty());
        characters.add("h");
        assertEquals(List.of("“h”"), characters.named());
    }

    @Test
    void charactersThatShowAsNothingOrTurnTheTextAroundAreNamedByNumber() {
        RefusedCharacters characters = new RefusedCharacters();
        characters.add("\u0000\u202E\u200B\uFEFF\uD800x\u00AD");
        assertEquals(List.of("U+0000", "U+202E", "U+200B", "U+FEFF", "U+D800"), characters.named());
        assertEquals(List.of("U+0000", "U+202E", "U+200B", "U+FEFF", "U+D800", "2 others"), characters.listed());
    }
}
