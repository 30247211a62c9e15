package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExperimentSettingsTest {
    @Test
    void theTextRoundTrips() {
        assertEquals("1,2,4,8,16,32,61:3000:16:7:4", ExperimentSettings.DEFAULT.text());
        for (String text : new String[] {"1,2,4,8,16,32,61:3000:16:7:4", "0:1:4:0", "3,61:10000:64:4294967295:16",
            "5,9:400:16:7:2"}) {
            ExperimentSettings settings = ExperimentSettings.parse(text);
            assertEquals(text, settings.text());
            assertEquals("", ExperimentSettings.refusal(text));
            assertEquals(settings, ExperimentSettings.parse(settings.text()));
        }
        ExperimentSettings settings = ExperimentSettings.parse("1,2,4,8,16,32:400:16:7");
        assertArrayEquals(new int[] {1, 2, 4, 8, 16, 32}, settings.gaps());
        assertEquals(400, settings.steps);
        assertEquals(16, settings.hiddenSize);
        assertEquals(7, settings.seed);
        assertEquals(1, settings.networks, "one network when the text leaves them out");
        assertEquals("1,2,4,8,16,32:400:16:7", ExperimentSettings.parse("1,2,4,8,16,32:400:16:7:1").text());
        assertEquals(-1, ExperimentSettings.parse("1:5:16:4294967295").seed, "the seed's bits");
    }

    @Test
    void badSettingsAreRefusedWithAMessage() {
        String gapRule = "a gap is a whole number from 0 to 61, so that the symbol, the gap, the cue r and the "
                + "symbol again fit in 64 symbols.";
        assertRefused("1,2,62:400:16:7", "A gap of 62 is refused: " + gapRule);
        assertRefused("1,64:400:16:7", "A gap of 64 is refused: " + gapRule);
        assertRefused("1,-2:400:16:7", "“-2” is not a gap: " + gapRule);
        assertRefused("1,,2:400:16:7", "“” is not a gap: " + gapRule);
        assertRefused("4,2:400:16:7", "The gaps must rise: 2 comes after 4.");
        assertRefused("4,4:400:16:7", "The gaps must rise: 4 comes after 4.");
        assertRefused("1,2:0:16:7", "The steps of each network are a whole number from 1 to 10,000.");
        assertRefused("1,2:-3:16:7", "The steps of each network are a whole number from 1 to 10,000.");
        assertRefused("1,2:10001:16:7", "The steps of each network are a whole number from 1 to 10,000.");
        assertRefused("1,2:400:0:7", "Hidden size is a whole number from 4 to 64.");
        assertRefused("1,2:400:65:7", "Hidden size is a whole number from 4 to 64.");
        assertRefused("1,2:400:16:7:0", "The networks for each cell and gap are a whole number from 1 to 16.");
        assertRefused("1,2:400:16:4294967296", "The seed is a whole number from 0 to 4294967295.");
        assertRefused("1,2:400:16:x", "The seed is a whole number from 0 to 4294967295.");
        String form = "The experiment is written gaps:steps:hidden size:seed, and :networks for more than one, e.g. "
                + "1,2,4,8,16,32,61:3000:16:7:4.";
        assertRefused("", form);
        assertRefused("1,2:400:16", form);
        assertRefused("1,2:400:16:7:4:1", form);
        assertRefused("99999999999:400:16:7", "“99999999999” is not a gap: " + gapRule);
    }

    @Test
    void theConstructorRefusesWhatTheParserRefuses() {
        assertEquals("The gaps must rise: 1 comes after 2.", assertThrows(IllegalArgumentException.class,
                () -> new ExperimentSettings(new int[] {2, 1}, 10, 16, 1, 1)).getMessage());
        assertEquals("The experiment needs at least one gap.", assertThrows(IllegalArgumentException.class,
                () -> new ExperimentSettings(new int[0], 10, 16, 1, 1)).getMessage());
    }

    private static void assertRefused(String text, String message) {
        assertNull(ExperimentSettings.parse(text), text);
        assertEquals(message, ExperimentSettings.refusal(text), text);
    }
}
