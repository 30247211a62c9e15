package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SequenceNoticeTest {
    private static final String HELLO = "“h”, “e”, “l” and “o” are not allowed. Use only a b r c d and space.";
    private final SequenceNotice notice = new SequenceNotice();

    private static RefusedCharacters of(String characters) {
        RefusedCharacters refused = new RefusedCharacters();
        refused.add(characters);
        return refused;
    }

    @Test
    void fastTypingNamesEveryRefusedCharacter() {
        double t = 1000;
        for (char c : "hello".toCharArray()) {
            notice.refuse(of(String.valueOf(c)), false, t);
            t += 80;
        }
        assertEquals(HELLO, notice.text());
    }

    @Test
    void theNextEditThatGoesInEndsTheMessage() {
        notice.refuse(of("x"), false, 0);
        assertEquals("", notice.edited(), "at once");
        assertEquals("“y” is not allowed. Use only a b r c d and space.", notice.refuse(of("y"), false, 100),
                "a refusal after an edit is a new message");
    }

    @Test
    void withoutAnEditTheMessageStays() {
        notice.refuse(of("x"), false, 0);
        assertEquals("“x” is not allowed. Use only a b r c d and space.", notice.text());
    }

    @Test
    void aLaterRefusalStartsANewMessage() {
        notice.refuse(of("x"), false, 0);
        assertEquals("“y” is not allowed. Use only a b r c d and space.",
                notice.refuse(of("y"), false, SequenceNotice.HOLD_MS + 1));
    }

    @Test
    void theLengthLimitJoinsTheRefusedCharacters() {
        notice.refuse(of("x"), false, 0);
        assertEquals("“x” is not allowed. Use only a b r c d and space. At most 64 characters: the rest was not added.",
                notice.refuse(of(""), true, 100));
    }

    @Test
    void theLinksNoticeGoesWithTheFirstEditOrRefusal() {
        assertEquals("Ignored in the link: “speed”.", notice.note("Ignored in the link: “speed”."));
        assertEquals("", notice.edited());
        notice.note("Ignored in the link: “speed”.");
        assertEquals("“x” is not allowed. Use only a b r c d and space.", notice.refuse(of("x"), false, 0));
    }
}
