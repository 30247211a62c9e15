package rnnplayground.app;

import rnnplayground.core.CellKind;
import rnnplayground.core.ExpLog;
import rnnplayground.core.Influence;
import rnnplayground.core.Network;
import rnnplayground.core.Trajectory;

/**
 * How much the last state of a run still depends on its first: the product of the one-step Jacobians
 * across the sequence, ∂h_{T−1}/∂h_0 = ∏ ∂h_k/∂h_{k−1}, measured by its Frobenius norm over √H (the
 * root mean square of its singular values: 1 for the identity), and the rate per step it amounts to.
 * Below 1 a step, the network forgets geometrically; above, an early step's influence grows.
 */
public final class Memory {

    private Memory() {
    }

    /** ‖∂h_{T−1}/∂h_0‖, or NaN for fewer than two steps: one backward pass per dimension of h_{T−1}. */
    public static double productNorm(Network network, Trajectory trajectory) {
        int last = trajectory.steps() - 1;
        if (last < 1) {
            return Double.NaN;
        }
        Influence influence = new Influence(network);
        double sum = 0;
        for (int i = 0; i < trajectory.hiddenSize(); i++) {
            influence.ofState(trajectory, last, i);
            double norm = influence.hiddenNorm(0);
            sum += norm * norm;
        }
        return Math.sqrt(sum);
    }

    /**
     * The readout beside the recurrent scale, for the product's norm over {@code steps} steps of H
     * dimensions: the norm over √H is the size of a typical direction (1 for the identity), and its
     * (steps − 1)-th root the rate per step.
     */
    public static String readout(double norm, int steps, int hidden) {
        if (norm != norm) {
            return "Type at least two symbols to measure how the state carries over from step to step.";
        }
        int factors = steps - 1;
        double typical = norm / Math.sqrt(hidden);
        String product = "Across the sequence, ∂h" + subscript(factors) + "/∂h₀ (the product of "
                + (factors == 1 ? "one one-step Jacobian" : factors + " one-step Jacobians") + ") scales a typical "
                + "direction by " + NumberText.scientific(typical);
        if (!(typical > 0)) {
            return product + ": the first step no longer matters at all.";
        }
        double rate = perStep(typical, factors);
        return product + ": about ×" + NumberText.significant(rate, 2) + " a step, so an early step’s influence "
                + (rate < 1 ? "fades" : "grows") + " as the sequence goes on.";
    }

    /** What the readout says instead for a cell with no recurrent matrix for ρ to scale. */
    public static String withoutMatrices(CellKind kind) {
        return "The " + kind.name.toLowerCase() + " cell has no recurrent matrix for ρ to scale: " + kind.memory + ".";
    }

    /** norm^(1 / factors), from our own exp and log. */
    static double perStep(double norm, int factors) {
        double logPerStep = ExpLog.log(norm) / factors;
        return logPerStep <= 0 ? ExpLog.exp(logPerStep) : 1 / ExpLog.exp(-logPerStep);
    }

    private static String subscript(int n) {
        String digits = "₀₁₂₃₄₅₆₇₈₉";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
