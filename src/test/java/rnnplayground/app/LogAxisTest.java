package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One number format on every axis, legend and label: plain from 0.01 to below 1000, a power of ten beyond. */
class LogAxisTest {
    @Test
    void everyPowerOfTenIsWrittenInTheOneFormat() {
        String[] expected = {"10⁻⁸", "10⁻⁴", "10⁻³", "0.01", "0.1", "1", "10", "100", "10³"};
        int[] powers = {-8, -4, -3, -2, -1, 0, 1, 2, 3};
        for (int k = 0; k < powers.length; k++) {
            assertEquals(expected[k], LogAxis.label(powers[k]));
        }
    }

    @Test
    void aTickAndAValueAgreeOnTheFormat() {
        for (int p = -8; p <= 5; p++) {
            double value = Math.pow(10, p);
            String tick = LogAxis.label(p);
            String written = NumberText.scientific(value);
            if (value >= NumberText.PLAIN_FROM && value < NumberText.PLAIN_BELOW) {
                assertEquals(Double.parseDouble(tick), Double.parseDouble(written), "plain at 10^" + p);
                assertTrue(!tick.contains("10⁻") && !written.contains("×"), tick + ", " + written);
            } else {
                assertEquals("1.0 × " + tick, written, "a power of ten at 10^" + p);
            }
            if (value < NumberText.PLAIN_FROM) {
                assertEquals(written, NumberText.amount(value, 3), "a loss of 10^" + p + " as the axis writes it");
            }
        }
        assertEquals("0.083", NumberText.amount(0.0831, 3));
        assertEquals("3.7 × 10⁻³", NumberText.amount(0.0037, 3));
        assertEquals("1.2 × 10⁻⁵", NumberText.amount(0.0000123, 3));
    }

    @Test
    void anAxisHoldsItsValuesInWholeDecades() {
        LogAxis axis = LogAxis.holding(0.003, 4.2);
        assertEquals(-3, axis.bottom);
        assertEquals(1, axis.top);
        assertArrayEquals(new int[] {-3, -2, -1, 0, 1}, axis.ticks(1));
        assertArrayEquals(new int[] {-3, -1, 1}, axis.ticks(2));
        assertEquals(0, axis.position(0.001), 1e-12);
        assertEquals(1, axis.position(10), 1e-12);
        assertEquals(0.75, axis.positionOf(0), 1e-12);
        LogAxis one = LogAxis.holding(0.5, 0.5);
        assertEquals(1, one.top - one.bottom, "at least a decade");
    }
}
