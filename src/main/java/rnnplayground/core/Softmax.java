package rnnplayground.core;

/** Softmax over the logits of one step, and the cross-entropy loss, finite at any logit size. */
public final class Softmax {
    private Softmax() {
    }

    /**
     * p = softmax(y / τ) of the n logits y[yOffset ..], into p[pOffset ..]: with m = max y,
     * p_k = e^{(y_k - m)/τ} / Σ_j e^{(y_j - m)/τ}, summed in the order of j. τ = 1 gives the model's own
     * probabilities; a lower τ sharpens them, a higher one flattens them. Returns the sum Σ_j e^{(y_j - m)/τ}.
     */
    public static double probabilities(double[] y, int yOffset, int n, double temperature, double[] p, int pOffset) {
        double m = max(y, yOffset, n);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double e = ExpLog.exp((y[yOffset + k] - m) / temperature);
            p[pOffset + k] = e;
            sum += e;
        }
        for (int k = 0; k < n; k++) {
            p[pOffset + k] /= sum;
        }
        return sum;
    }

    /**
     * -log p_target for p = softmax(y), as log Σ_k e^{y_k - m} - (y_target - m) with m = max y: the sum
     * is between 1 and n, so neither the exponentials nor the logarithm can overflow.
     */
    public static double crossEntropy(double[] y, int yOffset, int n, int target) {
        double m = max(y, yOffset, n);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += ExpLog.exp(y[yOffset + k] - m);
        }
        return crossEntropy(y, yOffset, n, target, sum);
    }

    /**
     * {@link #crossEntropy(double[], int, int, int)} given its sum Σ_k e^{y_k - m}, as
     * {@link #probabilities} returns it at τ = 1 (dividing by 1 changes no bit): the same bits, without
     * the exponentials again.
     */
    public static double crossEntropy(double[] y, int yOffset, int n, int target, double sum) {
        return ExpLog.log(sum) - (y[yOffset + target] - max(y, yOffset, n));
    }

    private static double max(double[] y, int yOffset, int n) {
        double m = y[yOffset];
        for (int k = 1; k < n; k++) {
            m = Math.max(m, y[yOffset + k]);
        }
        return m;
    }
}
