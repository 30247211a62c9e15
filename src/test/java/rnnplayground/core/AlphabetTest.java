package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlphabetTest {
    @Test
    void hasExactlyTheSixSymbolsInAFixedOrder() {
        assertEquals(6, Alphabet.SIZE);
        assertEquals("abrcd ", Alphabet.SYMBOLS);
        assertArrayEquals(new int[] {0, 1, 2, 0, 3, 0, 4, 5}, Alphabet.encode("abracad "));
    }

    @Test
    void refusedCharacterNamesItself() {
        for (char c : new char[] {'x', 'A', 'é', '1'}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Alphabet.indexOf(c));
            assertTrue(e.getMessage().contains("'" + c + "'"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Alphabet.encode("abz"));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
    }
}
