package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormattingTest {
    @Test
    void fixedDecimalsByHand() {
        assertEquals("0.125", NumberText.fixed(0.125, 3));
        assertEquals("\u22120.500", NumberText.fixed(-0.5, 3));
        assertEquals("0.000", NumberText.fixed(-0.0001, 3), "no minus sign on a rounded zero");
        assertEquals("1.000", NumberText.fixed(0.99996, 3));
        assertEquals("-0.123456789", NumberText.plain(-0.123456789, 9));
        assertEquals("0.000001000", NumberText.plain(1e-6, 9));
        assertEquals("3", NumberText.plain(2.6, 0));
    }

    /** The decimals are those of Math.round(|value| × 10^digits), written out with a long. */
    @Test
    void fixedDecimalsRoundHalfUpLikeMathRound() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 200_000; k++) {
            double value = k % 2 == 0 ? random.nextDouble(-2, 2) : random.nextDouble(-1e6, 1e6);
            int digits = random.nextInt(10);
            long scale = (long) Math.pow(10, digits);
            long scaled = Math.round(Math.abs(value) * scale);
            String fraction = Long.toString(scaled % scale);
            String expected = (value < 0 && scaled != 0 ? "-" : "") + scaled / scale
                    + (digits == 0 ? "" : "." + "0".repeat(digits - fraction.length()) + fraction);
            assertEquals(expected, NumberText.plain(value, digits), value + " to " + digits + " decimals");
        }
        assertEquals("1", NumberText.plain(0.5, 0), "halves go up");
        assertEquals("0", NumberText.plain(0.49999999999999994, 0), "a hair under a half goes down");
        assertEquals("12345678901234.5", NumberText.plain(12345678901234.5, 1));
    }

    @Test
    void colourScaleEndsAndMiddle() {
        assertEquals(0x2166AC, ColorScale.STATE.rgb(-1));
        assertEquals(0xF7F7F7, ColorScale.STATE.rgb(0));
        assertEquals(0xB2182B, ColorScale.STATE.rgb(1));
        assertEquals(ColorScale.STATE.rgb(1), ColorScale.STATE.rgb(5), "clamped");
        assertEquals(ColorScale.STATE.rgb(0), ColorScale.STATE.rgb(Double.NaN), "NaN never paints");
        assertEquals("#2166ac", ColorScale.STATE.css(-1));
    }

    @Test
    void hiddenSizeAcceptsFourToSixtyFour() {
        assertEquals(4, HiddenSizeRules.parse("4"));
        assertEquals(64, HiddenSizeRules.parse(" 64 "));
        assertEquals(-1, HiddenSizeRules.parse("3"));
        assertEquals(-1, HiddenSizeRules.parse("65"));
        assertEquals(-1, HiddenSizeRules.parse("1e1"));
        assertEquals(-1, HiddenSizeRules.parse(""));
        assertEquals(-1, HiddenSizeRules.parse("-8"));
    }
}
