package rnnplayground.core;

/** The gradients of a list of params taken together: their global norm, and clipping by it. */
public final class Gradients {
    private Gradients() {
    }

    public static void zero(Param[] params) {
        for (Param p : params) {
            p.zeroGradient();
        }
    }

    /** sqrt of the sum of every dw², summed param after param, entry after entry. */
    public static double norm(Param[] params) {
        double sum = 0;
        for (Param p : params) {
            double[] dw = p.dw;
            for (int k = 0; k < dw.length; k++) {
                sum += dw[k] * dw[k];
            }
        }
        return Math.sqrt(sum);
    }

    /** Scales every dw by {@code threshold / norm} when norm exceeds threshold; returns whether it did. */
    public static boolean clip(Param[] params, double norm, double threshold) {
        if (!(norm > threshold)) {
            return false;
        }
        double scale = threshold / norm;
        for (Param p : params) {
            double[] dw = p.dw;
            for (int k = 0; k < dw.length; k++) {
                dw[k] *= scale;
            }
        }
        return true;
    }
}
