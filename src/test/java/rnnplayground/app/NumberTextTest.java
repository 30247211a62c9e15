package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    private static void assertExact(float value) {
        String text = NumberText.exact(value);
        assertEquals(Float.floatToIntBits(value == 0 ? 0f : value), Float.floatToIntBits(Float.parseFloat(text)),
                value + " written as " + text);
        String digits = text.replaceAll("e.*$", "").replaceAll("[^0-9]", "").replaceAll("^0+", "");
        assertTrue(digits.length() <= 9, text);
    }

    @Test
    void exactGivesBackTheSameFloat() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 300_000; k++) {
            float value = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(value)) {
                assertExact(value);
            }
        }
        for (int k = 0; k < 200_000; k++) {
            assertExact((float) (random.nextDouble() * 4 - 2)); // the range of weights and states
        }
        for (float value : new float[] {Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, 1e-7f, 9.99999e-8f, 1e9f,
            0.1f, 0.3f, 1f / 3, 2f / 3, 1, -1, 0.999999f, 1.0000001f, 100, 123456789, 1e-5f, 0.5f}) {
            assertExact(value);
            assertExact(-value);
        }
    }

    @Test
    void exactIsShortWhereItCanBe() {
        assertEquals("0", NumberText.exact(0f));
        assertEquals("0", NumberText.exact(-0f));
        assertEquals("1", NumberText.exact(1f));
        assertEquals("-0.5", NumberText.exact(-0.5f));
        assertEquals("0.100000001", NumberText.exact(0.1f));
        assertEquals("0.000123449994", NumberText.exact(0.00012345f)); // 9 digits, not the shortest
        assertEquals("1.40129846e-45", NumberText.exact(Float.MIN_VALUE));
        assertEquals("NaN", NumberText.exact(Float.NaN));
    }

    @Test
    void significantDigitsAndGroupedThousands() {
        org.junit.jupiter.api.Assertions.assertEquals("1.792", NumberText.significant(1.7917594692, 3));
        org.junit.jupiter.api.Assertions.assertEquals("0.083", NumberText.significant(0.0831, 3));
        org.junit.jupiter.api.Assertions.assertEquals("0.0083", NumberText.significant(0.00831, 3));
        org.junit.jupiter.api.Assertions.assertEquals("0.00031", NumberText.significant(0.000312, 3));
        org.junit.jupiter.api.Assertions.assertEquals("0.000", NumberText.significant(0, 3));
        org.junit.jupiter.api.Assertions.assertEquals("10,000", NumberText.grouped(10000));
        org.junit.jupiter.api.Assertions.assertEquals("412", NumberText.grouped(412));
        org.junit.jupiter.api.Assertions.assertEquals("1,234,567", NumberText.grouped(1234567));
    }

    @Test
    void scientificWritesAPowerOfTenWhereItReadsBetterAndZeroAsZero() {
        org.junit.jupiter.api.Assertions.assertEquals("0.56", NumberText.scientific(0.5612));
        org.junit.jupiter.api.Assertions.assertEquals("3.1 × 10⁻⁵", NumberText.scientific(3.14e-5));
        org.junit.jupiter.api.Assertions.assertEquals("2.4 × 10⁶", NumberText.scientific(2.4e6));
        org.junit.jupiter.api.Assertions.assertEquals("0", NumberText.scientific(0));
    }

    @Test
    void durationsAreInWholeSecondsAndMinutesAndAnHourOrMoreInHoursAndMinutes() {
        assertEquals("0 s", NumberText.duration(0));
        assertEquals("1 s", NumberText.duration(1));
        assertEquals("59 s", NumberText.duration(59000));
        assertEquals("1 min", NumberText.duration(60000));
        assertEquals("2 min 1 s", NumberText.duration(120001));
        assertEquals("59 min 59 s", NumberText.duration(3599000));
        assertEquals("1 h", NumberText.duration(3600000));
        assertEquals("1 h 1 min", NumberText.duration(3600001));
        assertEquals("2 h 5 min", NumberText.duration(7500000));
    }
}
