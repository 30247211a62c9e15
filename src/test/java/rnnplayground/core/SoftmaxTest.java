package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftmaxTest {
    @Test
    void probabilitiesAreTheNormalisedExponentials() {
        double[] y = {0, 0.5, -1, 2, 0.25, -3, 7};
        double[] p = new double[8];
        Softmax.probabilities(y, 1, 6, 1.0, p, 2);
        double total = 0;
        for (int k = 1; k < 7; k++) {
            total += Math.exp(y[k]);
        }
        double sum = 0;
        for (int k = 0; k < 6; k++) {
            assertEquals(Math.exp(y[k + 1]) / total, p[k + 2], 1e-15);
            sum += p[k + 2];
        }
        assertEquals(1.0, sum, 1e-15);
        assertEquals(Math.log(total) - y[4], Softmax.crossEntropy(y, 1, 6, 3), 1e-14);
    }

    @Test
    void temperatureSharpensOrFlattens() {
        double[] y = {1, 2, 3};
        double[] cold = new double[3];
        double[] hot = new double[3];
        Softmax.probabilities(y, 0, 3, 0.1, cold, 0);
        Softmax.probabilities(y, 0, 3, 2, hot, 0);
        assertEquals(1 / (1 + Math.exp(-10) + Math.exp(-20)), cold[2], 1e-15, "τ = 0.1 all but picks the largest");
        assertEquals(Math.exp(1.5) / (Math.exp(0.5) + Math.exp(1) + Math.exp(1.5)), hot[2], 1e-15);
    }

    @Test
    void hugeLogitsGiveFiniteLossesAndProbabilities() {
        double[] y = {1e300, -1e300, 3e38, 0, -5, 1e300};
        double[] p = new double[6];
        Softmax.probabilities(y, 0, 6, 1.0, p, 0);
        assertEquals(0.5, p[0]);
        assertEquals(0.0, p[1]);
        assertEquals(0.5, p[5]);
        assertEquals(Math.log(2), Softmax.crossEntropy(y, 0, 6, 0), 1e-15);
        assertEquals(2e300, Softmax.crossEntropy(y, 0, 6, 1), 1e285);
    }
}
