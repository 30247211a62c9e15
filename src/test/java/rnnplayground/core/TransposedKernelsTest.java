package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransposedKernelsTest {
    @Test
    void matTVecAddsTheRowsInOrderToTheBit() {
        Prng prng = new Prng(11);
        for (int rows : new int[] {1, 3, 4, 6, 9, 16}) {
            int cols = rows + 3;
            float[] m = new float[rows * cols];
            double[] v = new double[rows];
            for (int k = 0; k < m.length; k++) {
                m[k] = (float) prng.nextSigned(2);
            }
            for (int k = 0; k < rows; k++) {
                v[k] = prng.nextSigned(2);
            }
            double[] y = new double[cols];
            double[] added = new double[cols];
            for (int j = 0; j < cols; j++) {
                added[j] = j;
            }
            Kernels.matTVec(m, rows, cols, v, y);
            Kernels.matTVecAdd(m, rows, cols, v, added);
            for (int j = 0; j < cols; j++) {
                double expected = 0;
                double expectedAdded = j;
                for (int i = 0; i < rows; i++) {
                    expected += m[i * cols + j] * v[i];
                    expectedAdded += m[i * cols + j] * v[i];
                }
                assertEquals(expected, y[j], 0.0, rows + " rows, column " + j);
                assertEquals(expectedAdded, added[j], 0.0, rows + " rows, column " + j);
            }
        }
    }

    @Test
    void outerProductsAddToEachEntryInTheirOrderToTheBit() {
        Prng prng = new Prng(12);
        for (int rows : new int[] {1, 2, 3, 6, 9, 16}) {
            for (int cols : new int[] {1, 4, 7, 16}) {
                int count = 25;
                double[] a = new double[count * rows];
                double[] b = new double[count * cols];
                double[] m = new double[rows * cols];
                for (int k = 0; k < a.length; k++) {
                    a[k] = prng.nextSigned(1e-3);
                }
                for (int k = 0; k < b.length; k++) {
                    b[k] = (float) prng.nextSigned(1);
                }
                for (int k = 0; k < m.length; k++) {
                    m[k] = prng.nextSigned(1);
                }
                double[] expected = m.clone();
                for (int k = 0; k < count; k++) {
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < cols; j++) {
                            expected[i * cols + j] += a[k * rows + i] * b[k * cols + j];
                        }
                    }
                }
                Kernels.addOuters(m, rows, cols, a, count, b);
                for (int e = 0; e < m.length; e++) {
                    assertEquals(expected[e], m[e], 0.0, rows + " x " + cols + ", entry " + e);
                }
            }
        }
    }

    @Test
    void outerProductColumnAndSumAccumulate() {
        double[] m = new double[2 * 3];
        Kernels.addOuters(m, 2, 3, new double[] {2, -1, 1, 1}, 2, new double[] {1, 2, 3, 1, 1, 1});
        assertEquals(java.util.List.of(3.0, 5.0, 7.0, 0.0, -1.0, -2.0), java.util.Arrays.stream(m).boxed().toList());
        double[] bias = {1, 2};
        Kernels.addColumnAndVector(m, 2, 3, 1, bias, new double[] {0, 10, 20}, 1);
        assertEquals(15.0, m[1]);
        assertEquals(19.0, m[4]);
        assertEquals(java.util.List.of(11.0, 22.0), java.util.Arrays.stream(bias).boxed().toList());
        double[] target = {1, 2, 3};
        Kernels.add(target, new double[] {1, 1, 1, 9}, 3);
        assertEquals(java.util.List.of(2.0, 3.0, 4.0), java.util.Arrays.stream(target).boxed().toList());
    }

    @Test
    void sigmoidIsHalfPlusHalfTanhOfHalf() {
        for (double x = -30; x <= 30; x += 0.01) {
            // beyond |x| = 20 tanh(x/2) is clamped to ±1: σ is then 0 or 1, off by at most σ(-20) = 2.1e-9
            double tolerance = Math.abs(x) < 2 * Kernels.TANH_CLAMP ? 1e-12 : 2.1e-9;
            assertEquals(1 / (1 + Math.exp(-x)), Kernels.sigmoid(x), tolerance, "σ(" + x + ")");
        }
        assertEquals(1.0, Kernels.sigmoid(1e300));
        assertEquals(0.0, Kernels.sigmoid(-1e300));
    }
}
