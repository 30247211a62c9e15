package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelsTest {
    /** {@code length} floats from the PRNG, in [-2, 2). */
    private static float[] random(Prng prng, int length) {
        float[] values = new float[length];
        for (int k = 0; k < length; k++) {
            values[k] = (float) prng.nextSigned(2);
        }
        return values;
    }

    @Test
    void matVecMatchesPlainReference() {
        Prng prng = new Prng(7);
        int rows = 5;
        int cols = 9;
        float[] m = random(prng, rows * cols);
        float[] x = random(prng, cols + 3);
        double[] y = new double[rows];
        Kernels.matVec(m, rows, cols, x, 3, y);
        for (int i = 0; i < rows; i++) {
            double expected = 0;
            for (int j = 0; j < cols; j++) {
                expected += m[i * cols + j] * (double) x[3 + j];
            }
            assertEquals(expected, y[i], 1e-6, "row " + i);
        }
    }

    @Test
    void matVecIntoDoublesIsDotRowByRowToTheBit() {
        Prng prng = new Prng(9);
        for (int rows : new int[] {1, 3, 4, 7, 16}) {
            int cols = rows + 2;
            float[] m = random(prng, rows * cols);
            float[] x = random(prng, cols + 5);
            double[] y = new double[rows];
            Kernels.matVec(m, rows, cols, x, 5, y);
            for (int i = 0; i < rows; i++) {
                assertEquals(Kernels.dot(m, i * cols, x, 5, cols), y[i], 0.0, rows + " rows, row " + i);
            }
        }
    }

    @Test
    void tanhMatchesReferenceAcrossItsRange() {
        for (double x = -12; x <= 12; x += 0.001) {
            // beyond the clamp the result is ±1, which is what tanh rounds to in float
            double tolerance = Math.abs(x) < Kernels.TANH_CLAMP ? 1e-12 : Math.ulp(1f) / 2;
            assertEquals(Math.tanh(x), Kernels.tanh(x), tolerance, "tanh(" + x + ")");
            assertEquals((float) Math.tanh(x), (float) Kernels.tanh(x), Math.ulp(1f), "float tanh(" + x + ")");
        }
        for (double x : new double[] {1e-3, 1e-5, -1e-5, 1e-9, 1e-30}) {
            assertEquals(Math.tanh(x), Kernels.tanh(x), Math.abs(x) * 1e-9, "tanh(" + x + ")");
        }
    }

    @Test
    void tanhIsFiniteAndBoundedForLargeInputs() {
        for (double x : new double[] {1e6, -1e6, 1e300, -1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY}) {
            double t = Kernels.tanh(x);
            assertFalse(Double.isNaN(t), "tanh(" + x + ") is NaN");
            assertTrue(t >= -1 && t <= 1, "tanh(" + x + ") = " + t);
        }
        assertEquals(1.0, Kernels.tanh(1e6));
        assertEquals(-1.0, Kernels.tanh(-1e6));
    }

    @Test
    void tanhIsNanFreeNearZero() {
        for (double x : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 1e-4, -1e-4}) {
            double t = Kernels.tanh(x);
            assertFalse(Double.isNaN(t), "tanh(" + x + ") is NaN");
            assertEquals(Math.tanh(x), t, 1e-15);
        }
    }
}
