package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EigenvaluesTest {
    private static final double CLOSE = 1e-12;

    private static Eigenvalues of(double[] matrix, int n) {
        Eigenvalues eigenvalues = new Eigenvalues();
        assertTrue(eigenvalues.compute(matrix, n));
        assertEquals(n, eigenvalues.size());
        return eigenvalues;
    }

    /** Q B Q with Q = I − 2 u u^T / ‖u‖², a reflection (its own inverse): the eigenvalues of B, no longer in sight. */
    private static double[] hidden(double[] b, int n) {
        double[] u = new double[n];
        double u2 = 0;
        for (int i = 0; i < n; i++) {
            u[i] = 1.0 / (i + 1) - 0.3;
            u2 += u[i] * u[i];
        }
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i * n + j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / u2;
            }
        }
        return multiply(multiply(q, b, n), q, n);
    }

    private static double[] multiply(double[] x, double[] y, int n) {
        double[] z = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += x[i * n + k] * y[k * n + j];
                }
                z[i * n + j] = sum;
            }
        }
        return z;
    }

    private static double trace(double[] m, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += m[i * n + i];
        }
        return sum;
    }

    @Test
    void aDiagonalMatrixHasItsDiagonalSortedByModulus() {
        Eigenvalues e = of(new double[] {0.3, 0, 0, 0, -0.9, 0, 0, 0, 0.5}, 3);
        assertArrayEquals(new double[] {-0.9, 0.5, 0.3}, new double[] {e.re(0), e.re(1), e.re(2)}, 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, new double[] {e.im(0), e.im(1), e.im(2)}, 0.0);
        assertEquals(0.9, e.spectralRadius(), 0.0);
    }

    @Test
    void aRotationScalingHasTheComplexPairRhoETheIPlusMinusTheta() {
        double rho = 0.8;
        double theta = 0.7;
        int n = 6;
        double[] b = new double[n * n];
        b[0] = rho * Math.cos(theta);
        b[1] = -rho * Math.sin(theta);
        b[n] = rho * Math.sin(theta);
        b[n + 1] = rho * Math.cos(theta);
        double[] rest = {0.5, -0.2, 0.1, 0.05};
        for (int k = 0; k < rest.length; k++) {
            b[(k + 2) * n + k + 2] = rest[k];
        }
        Eigenvalues e = of(hidden(b, n), n);
        assertEquals(rho, e.spectralRadius(), CLOSE);
        assertEquals(rho * Math.cos(theta), e.re(0), CLOSE);
        assertEquals(rho * Math.sin(theta), e.im(0), CLOSE);
        assertEquals(rho * Math.cos(theta), e.re(1), CLOSE);
        assertEquals(-rho * Math.sin(theta), e.im(1), CLOSE);
        for (int k = 0; k < rest.length; k++) {
            assertEquals(Math.abs(rest[k]), e.modulus(k + 2), CLOSE);
            assertEquals(0.0, e.im(k + 2), CLOSE);
        }
    }

    @Test
    void aLargerRealEigenvalueOutweighsAComplexPair() {
        int n = 5;
        double[] b = new double[n * n];
        b[0] = 0.6;
        b[1] = -0.6;
        b[n] = 0.6;
        b[n + 1] = 0.6; // 0.6 ± 0.6i, |λ| = 0.849
        b[2 * n + 2] = -0.95;
        b[3 * n + 3] = 0.2;
        b[4 * n + 4] = 0.1;
        b[2 * n + 4] = 3; // not normal: an entry above the diagonal
        Eigenvalues e = of(hidden(b, n), n);
        assertEquals(0.95, e.spectralRadius(), CLOSE);
        assertEquals(-0.95, e.re(0), CLOSE);
        assertEquals(0.6 * Math.sqrt(2), e.modulus(1), CLOSE);
    }

    @Test
    void aCompanionMatrixHasTheRootsOfItsPolynomial() {
        // (x − 2)(x + 1)(x² + 1) = x⁴ − x³ − x² − x − 2: the roots 2, −1, ±i
        double[] c = {1, 1, 1, 2, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        Eigenvalues e = of(c, 4);
        assertEquals(2, e.re(0), CLOSE);
        double[] moduli = {e.modulus(1), e.modulus(2), e.modulus(3)};
        assertArrayEquals(new double[] {1, 1, 1}, moduli, CLOSE);
        assertEquals(2, e.spectralRadius(), CLOSE);
    }

    @Test
    void aTriangularOrZeroOrDefectiveMatrixHasItsDiagonal() {
        Eigenvalues e = of(new double[] {0.5, 3, -2, 0, -0.7, 4, 0, 0, 0.1}, 3);
        assertEquals(-0.7, e.re(0), CLOSE);
        assertEquals(0.5, e.re(1), CLOSE);
        assertEquals(0.1, e.re(2), CLOSE);
        Eigenvalues zero = of(new double[16], 4);
        assertEquals(0.0, zero.spectralRadius());
        Eigenvalues jordan = of(new double[] {1, 1, 0, 1}, 2);
        assertEquals(1, jordan.re(0), CLOSE);
        assertEquals(1, jordan.re(1), CLOSE);
        Eigenvalues one = of(new double[] {-3}, 1);
        assertEquals(3, one.spectralRadius(), 0.0);
        assertEquals(0, of(new double[0], 0).spectralRadius());
    }

    /** Σ λ^k = tr(A^k): a check of all n eigenvalues of a random matrix, without a library to compare with. */
    @Test
    void theEigenvaluesOfRandomMatricesSumToTheTracesOfTheirPowers() {
        Prng prng = new Prng(7);
        for (int n : new int[] {2, 3, 7, 16, 64, 128}) {
            double[] m = new double[n * n];
            for (int k = 0; k < m.length; k++) {
                m[k] = prng.nextSigned(1.0) / Math.sqrt(n);
            }
            double[] copy = m.clone();
            Eigenvalues e = of(m, n);
            assertArrayEquals(copy, m, 0.0, "the matrix is left as it was");
            double[] power = m;
            double[] re = new double[n];
            double[] im = new double[n];
            for (int k = 0; k < n; k++) {
                re[k] = e.re(k);
                im[k] = e.im(k);
            }
            double[] powRe = re.clone();
            double[] powIm = im.clone();
            for (int p = 1; p <= 3; p++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int k = 0; k < n; k++) {
                    sumRe += powRe[k];
                    sumIm += powIm[k];
                }
                assertEquals(trace(power, n), sumRe, 1e-10 * n, "n " + n + ": Σ λ^" + p);
                assertEquals(0, sumIm, 1e-10 * n, "n " + n + ": the imaginary parts cancel");
                for (int k = 0; k < n; k++) {
                    double r = powRe[k] * re[k] - powIm[k] * im[k];
                    powIm[k] = powRe[k] * im[k] + powIm[k] * re[k];
                    powRe[k] = r;
                }
                power = multiply(power, m, n);
            }
            for (int k = 1; k < n; k++) {
                assertTrue(e.modulus(k) <= e.modulus(k - 1), "sorted by modulus");
            }
        }
    }

    @Test
    void theSameMatrixGivesTheSameBitsAgainWithReusedBuffers() {
        Prng prng = new Prng(3);
        double[] m = new double[20 * 20];
        for (int k = 0; k < m.length; k++) {
            m[k] = prng.nextSigned(1.0);
        }
        Eigenvalues reused = of(m, 20);
        double[] first = new double[40];
        for (int k = 0; k < 20; k++) {
            first[2 * k] = reused.re(k);
            first[2 * k + 1] = reused.im(k);
        }
        reused.compute(new double[] {1, 2, 3, 4}, 2);
        reused.compute(m, 20);
        for (int k = 0; k < 20; k++) {
            assertEquals(first[2 * k], reused.re(k), 0.0);
            assertEquals(first[2 * k + 1], reused.im(k), 0.0);
        }
    }
}
