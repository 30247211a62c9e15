package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {
    /** Rows stored as floats: a coordinate is off by up to 6e-8 of its size. */
    private static final double FLOAT_CLOSE = 1e-6;

    private static float[] rows(double[][] points) {
        int width = points[0].length;
        float[] data = new float[points.length * width];
        for (int r = 0; r < points.length; r++) {
            for (int i = 0; i < width; i++) {
                data[r * width + i] = (float) points[r][i];
            }
        }
        return data;
    }

    private static PrincipalComponents of(double[][] points) {
        PrincipalComponents pca = new PrincipalComponents();
        int width = points[0].length;
        pca.compute(rows(points), 0, width, points.length, width);
        return pca;
    }

    @Test
    void pointsOnALineHaveOneComponentThatExplainsAll() {
        double[] direction = {1, -2, 0.5, 3, 0};
        double[] base = {0.1, 0.2, -0.3, 0.05, 0.7};
        double length = Math.sqrt(1 + 4 + 0.25 + 9);
        double[][] points = new double[20][5];
        double meanT = 0;
        for (int r = 0; r < points.length; r++) {
            double t = r * 0.1 - 0.3;
            meanT += t / points.length;
            for (int i = 0; i < 5; i++) {
                points[r][i] = base[i] + t * direction[i];
            }
        }
        PrincipalComponents pca = of(points);
        assertTrue(pca.hasVariance());
        assertEquals(1, pca.components());
        assertEquals(1.0, pca.share(0), 1e-9);
        assertEquals(0.0, pca.share(1));
        for (int i = 0; i < 5; i++) {
            assertEquals(direction[i] / length, pca.component(0, i), FLOAT_CLOSE, "PC1 along the line, its 3 positive");
            assertEquals(0.0, pca.component(1, i), "no second direction");
        }
        for (int r = 0; r < points.length; r++) {
            assertEquals((r * 0.1 - 0.3 - meanT) * length, pca.projection(r, 0), FLOAT_CLOSE);
            assertEquals(0.0, pca.projection(r, 1));
        }
    }

    /**
     * An ellipse with semi-axes A along u1 and B along u2 in four dimensions, N points evenly around it:
     * the covariance is A²/2 u1 u1^T + B²/2 u2 u2^T, so PC1 = u1 and PC2 = u2 (their largest entries are
     * positive), explaining A² / (A² + B²) and B² / (A² + B²).
     */
    @Test
    void anEllipseGivesItsAxesAndTheirShares() {
        double a = 2;
        double b = 0.5;
        double[] u1 = {0.48, 0.6, 0.64, 0};
        double[] u2 = {0.8, 0, -0.6, 0};
        double[] centre = {1, -1, 0.25, 3};
        int n = 36;
        double[][] points = new double[n][4];
        for (int r = 0; r < n; r++) {
            double theta = 2 * Math.PI * r / n;
            for (int i = 0; i < 4; i++) {
                points[r][i] = centre[i] + a * Math.cos(theta) * u1[i] + b * Math.sin(theta) * u2[i];
            }
        }
        PrincipalComponents pca = of(points);
        assertEquals(2, pca.components());
        assertEquals(a * a / 2, pca.variance(0), FLOAT_CLOSE);
        assertEquals(b * b / 2, pca.variance(1), FLOAT_CLOSE);
        assertEquals(a * a / (a * a + b * b), pca.share(0), FLOAT_CLOSE);
        assertEquals(b * b / (a * a + b * b), pca.share(1), FLOAT_CLOSE);
        for (int i = 0; i < 4; i++) {
            assertEquals(u1[i], pca.component(0, i), FLOAT_CLOSE);
            assertEquals(u2[i], pca.component(1, i), FLOAT_CLOSE);
            assertEquals(centre[i], pca.mean(i), FLOAT_CLOSE);
        }
        for (int r = 0; r < n; r++) {
            double theta = 2 * Math.PI * r / n;
            assertEquals(a * Math.cos(theta), pca.projection(r, 0), FLOAT_CLOSE);
            assertEquals(b * Math.sin(theta), pca.projection(r, 1), FLOAT_CLOSE);
        }
    }

    /** A circle: PC1 and PC2 have the same variance; any two orthogonal axes of its plane will do. */
    @Test
    void aCircleHasTwoEqualSharesInItsPlane() {
        double[][] points = new double[12][3];
        for (int r = 0; r < points.length; r++) {
            double theta = 2 * Math.PI * r / points.length;
            points[r] = new double[] {Math.cos(theta), Math.sin(theta), 0.5};
        }
        PrincipalComponents pca = of(points);
        assertEquals(2, pca.components());
        assertEquals(0.5, pca.share(0), FLOAT_CLOSE);
        assertEquals(0.5, pca.share(1), FLOAT_CLOSE);
        assertEquals(0.0, pca.component(0, 2), FLOAT_CLOSE);
        assertEquals(0.0, pca.component(1, 2), FLOAT_CLOSE);
        assertOrthonormal(pca);
    }

    @Test
    void aTrajectorysComponentsAreThoseOfItsCovarianceWithTheSignRule() {
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 5, 16, Cells.DEFAULT_RECURRENT_SCALE);
            Trajectory trajectory = Trajectory.of(network.cell, TrainingTest.LONG);
            PrincipalComponents pca = new PrincipalComponents();
            for (boolean whole : new boolean[] {false, true}) {
                if (whole) {
                    pca.ofStates(trajectory);
                } else {
                    pca.ofHidden(trajectory);
                }
                int d = whole ? trajectory.stateSize() : trajectory.hiddenSize();
                String what = key + (whole ? ", whole state" : ", h");
                assertEquals(d, pca.width());
                assertTrue(pca.converged(), what + ": " + pca.iterations() + " iterations");
                double[][] c = covariance(trajectory, d);
                double[][] eigen = jacobi(c);
                double total = 0;
                for (int i = 0; i < d; i++) {
                    total += c[i][i];
                }
                assertEquals(total, pca.totalVariance(), 1e-12 * total, what);
                for (int k = 0; k < 2; k++) {
                    assertEquals(eigen[0][k], pca.variance(k), 1e-9 * total, what + ": λ" + k);
                    assertEquals(eigen[0][k] / total, pca.share(k), 1e-9, what);
                    int largest = 0;
                    double sign = 0;
                    for (int i = 0; i < d; i++) {
                        if (Math.abs(pca.component(k, i)) > Math.abs(pca.component(k, largest))) {
                            largest = i;
                        }
                        sign += pca.component(k, i) * eigen[k + 1][i];
                    }
                    assertTrue(pca.component(k, largest) > 0, what + ": the largest entry of PC" + (k + 1) + " is positive");
                    for (int i = 0; i < d; i++) {
                        assertEquals(Math.signum(sign) * eigen[k + 1][i], pca.component(k, i), 1e-6, what);
                    }
                }
                assertOrthonormal(pca);
                for (int t = 0; t < trajectory.steps(); t++) {
                    for (int k = 0; k < 2; k++) {
                        assertEquals(pca.project(trajectory.states(), trajectory.offset(t), k), pca.projection(t, k),
                                0.0, what);
                    }
                }
            }
        }
    }

    @Test
    void oneStateOrStatesAllEqualHaveNoVarianceAndNoNaN() {
        PrincipalComponents pca = new PrincipalComponents();
        Network network = Network.random("gru", 1, 8, Cells.DEFAULT_RECURRENT_SCALE);
        pca.ofHidden(Trajectory.of(network.cell, "a"));
        assertNoVariance(pca, 1);
        double[][] same = new double[7][];
        for (int r = 0; r < same.length; r++) {
            same[r] = new double[] {0.1, -0.7, 0.3};
        }
        assertNoVariance(of(same), same.length);
        pca.ofHidden(Trajectory.of(network.cell, ""));
        assertNoVariance(pca, 0);
        float[] single = {4, 2};
        pca.compute(single, 0, 1, 2, 1);
        assertEquals(1, pca.components(), "one column: one component");
        assertEquals(1.0, pca.share(0));
        assertEquals(0.0, pca.share(1));
        assertEquals(1.0, pca.projection(0, 0));
        assertEquals(-1.0, pca.projection(1, 0));
    }

    private static void assertNoVariance(PrincipalComponents pca, int rows) {
        assertFalse(pca.hasVariance());
        assertEquals(0, pca.components());
        assertEquals(0.0, pca.totalVariance());
        for (int k = 0; k < 2; k++) {
            assertEquals(0.0, pca.share(k));
            assertEquals(0.0, pca.variance(k));
            for (int i = 0; i < pca.width(); i++) {
                assertEquals(0.0, pca.component(k, i));
            }
            for (int r = 0; r < rows; r++) {
                assertEquals(0.0, pca.projection(r, k));
            }
        }
    }

    @Test
    void theSameStatesGiveTheSameBitsAgainWithReusedBuffers() {
        Network network = Network.random("rnn", 9, 64, Cells.DEFAULT_RECURRENT_SCALE);
        Trajectory trajectory = Trajectory.of(network.cell, TrainingTest.LONG);
        PrincipalComponents reused = new PrincipalComponents();
        reused.ofHidden(trajectory);
        double[] first = values(reused, trajectory.steps());
        reused.ofHidden(Trajectory.of(Network.random("lstm", 2, 5, 0.9).cell, "abc"));
        reused.ofHidden(trajectory);
        PrincipalComponents fresh = new PrincipalComponents();
        fresh.ofHidden(trajectory);
        double[] again = values(reused, trajectory.steps());
        double[] other = values(fresh, trajectory.steps());
        for (int k = 0; k < first.length; k++) {
            assertEquals(Double.doubleToRawLongBits(first[k]), Double.doubleToRawLongBits(again[k]));
            assertEquals(Double.doubleToRawLongBits(first[k]), Double.doubleToRawLongBits(other[k]));
        }
    }

    private static double[] values(PrincipalComponents pca, int rows) {
        int d = pca.width();
        double[] v = new double[3 + 2 * d + 2 * rows];
        v[0] = pca.totalVariance();
        v[1] = pca.variance(0);
        v[2] = pca.variance(1);
        for (int i = 0; i < d; i++) {
            v[3 + i] = pca.component(0, i);
            v[3 + d + i] = pca.component(1, i);
        }
        for (int r = 0; r < rows; r++) {
            v[3 + 2 * d + 2 * r] = pca.projection(r, 0);
            v[4 + 2 * d + 2 * r] = pca.projection(r, 1);
        }
        return v;
    }

    private static void assertOrthonormal(PrincipalComponents pca) {
        double[][] gram = new double[2][2];
        for (int i = 0; i < pca.width(); i++) {
            for (int k = 0; k < 2; k++) {
                for (int m = 0; m < 2; m++) {
                    gram[k][m] += pca.component(k, i) * pca.component(m, i);
                }
            }
        }
        assertEquals(1, gram[0][0], 1e-12);
        assertEquals(1, gram[1][1], 1e-12);
        assertEquals(0, gram[0][1], 1e-12);
    }

    /** The covariance of the first d floats of every state, in the plain way. */
    private static double[][] covariance(Trajectory trajectory, int d) {
        int n = trajectory.steps();
        double[] mean = new double[d];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < d; i++) {
                mean[i] += trajectory.state(t, i) / (double) n;
            }
        }
        double[][] c = new double[d][d];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[i][j] += (trajectory.state(t, i) - mean[i]) * (trajectory.state(t, j) - mean[j]) / n;
                }
            }
        }
        return c;
    }

    /**
     * The symmetric matrix's eigenvalues (row 0, the largest first) and the eigenvectors of the two
     * largest (rows 1 and 2), by cyclic Jacobi rotations: slow, plain and independent of the method tested.
     */
    private static double[][] jacobi(double[][] matrix) {
        int d = matrix.length;
        double[][] a = new double[d][];
        double[][] v = new double[d][d];
        for (int i = 0; i < d; i++) {
            a[i] = matrix[i].clone();
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[][] result = new double[3][d];
        for (int i = 0; i < d; i++) {
            result[0][i] = a[order[i]][order[i]];
            result[1][i] = v[i][order[0]];
            result[2][i] = v[i][order[1]];
        }
        return result;
    }
}
