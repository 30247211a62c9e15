package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpLogTest {
    private static final double TOLERANCE = 1e-14;

    private static void assertClose(double expected, double actual, String what) {
        assertFalse(Double.isNaN(actual), what + " is NaN");
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= TOLERANCE, what + ": " + actual + " vs " + expected + ", relative error " + error);
    }

    @Test
    void expMatchesTheLibraryForEveryNonPositiveNumberWithANormalResult() {
        Prng prng = new Prng(3);
        for (int k = 0; k < 200_000; k++) {
            double x = -708 * prng.nextUnit() * prng.nextUnit();
            assertClose(Math.exp(x), ExpLog.exp(x), "exp(" + x + ")");
        }
        for (double x = -30; x <= 0; x += 0.0009765625) {
            assertClose(Math.exp(x), ExpLog.exp(x), "exp(" + x + ")");
        }
        for (double x : new double[] {0.0, -0.0, -1e-300, -Double.MIN_VALUE, -1e-9, -0.34657359027997264, -708.3}) {
            assertClose(Math.exp(x), ExpLog.exp(x), "exp(" + x + ")");
        }
    }

    @Test
    void expUnderflowsGraduallyToZeroAndNeverToNaN() {
        for (double x = -708.4; x > -760; x -= 0.01) {
            double e = ExpLog.exp(x);
            assertTrue(e >= 0 && e < 1e-307, "exp(" + x + ") = " + e);
            assertEquals(Math.exp(x), e, Math.exp(x) * 1e-3 + Double.MIN_VALUE, "exp(" + x + ")");
        }
        assertEquals(0.0, ExpLog.exp(-746));
        assertEquals(0.0, ExpLog.exp(-1e300));
        assertEquals(0.0, ExpLog.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.MIN_VALUE, ExpLog.exp(-744.44), "the smallest subnormal");
        assertThrows(IllegalArgumentException.class, () -> ExpLog.exp(1e-9));
    }

    @Test
    void logMatchesTheLibraryFromSubnormalsToTheLargestDouble() {
        Prng prng = new Prng(5);
        for (int k = 0; k < 200_000; k++) {
            // a log-uniform x over the whole range of doubles
            double x = Math.scalb(1 + prng.nextUnit(), (int) (prng.nextUnit() * 2098) - 1074);
            double expected = Math.log(x);
            if (expected == 0) {
                assertEquals(0.0, ExpLog.log(x));
            } else {
                assertClose(expected, ExpLog.log(x), "log(" + x + ")");
            }
        }
        for (double x = 0.5; x <= 8; x += 0.0009765625) {
            if (x != 1) {
                assertClose(Math.log(x), ExpLog.log(x), "log(" + x + ")");
            }
        }
        for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1 + Math.ulp(1.0),
                1 - Math.ulp(1.0) / 2, Math.sqrt(2), 6, 1e-300}) {
            assertClose(Math.log(x), ExpLog.log(x), "log(" + x + ")");
        }
        assertEquals(0.0, ExpLog.log(1));
        assertEquals(Double.POSITIVE_INFINITY, ExpLog.log(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> ExpLog.log(0));
        assertThrows(IllegalArgumentException.class, () -> ExpLog.log(-1));
    }
}
