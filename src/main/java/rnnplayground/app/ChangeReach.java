package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Network;
import rnnplayground.core.Trajectory;

/**
 * How far a change of the input reaches: the size of the change of h, ‖h'_s − h_s‖, at every step s.
 * After an edit, between the states before and after it; otherwise, had the first symbol been another
 * (the mean over the other symbols of the alphabet), which shows how long the network remembers it.
 */
public final class ChangeReach {
    private ChangeReach() {
    }

    /**
     * ‖h_s − before_s‖ for every step s of {@code now}, where {@code before} holds {@code beforeSteps}
     * states of the same stride from row 1 on (row 0 the initial state); 0 before step {@code from}, and
     * for steps the old sequence did not have, the size of h_s itself.
     */
    public static double[] ofEdit(float[] before, int beforeSteps, Trajectory now, int from) {
        double[] reach = new double[now.steps()];
        int hidden = now.hiddenSize();
        int stride = now.stateSize();
        for (int s = from; s < reach.length; s++) {
            double sum = 0;
            for (int i = 0; i < hidden; i++) {
                double old = s < beforeSteps ? before[(s + 1) * stride + i] : 0;
                double d = now.h(s, i) - old;
                sum += d * d;
            }
            reach[s] = Math.sqrt(sum);
        }
        return reach;
    }

    /** The mean over the other symbols of ‖h'_s − h_s‖ at every step, had the first symbol been that one. */
    public static double[] ofFirstSymbol(Network network, Trajectory trajectory) {
        double[] reach = new double[trajectory.steps()];
        Trajectory other = new Trajectory(network.cell);
        for (int k = 0; k < Alphabet.SIZE; k++) {
            addFirstSymbol(trajectory, other, k, reach);
        }
        return reach;
    }

    /**
     * Adds to {@code reach} the share of {@link #ofFirstSymbol} of the first symbol {@code k} (nothing if
     * it is the trajectory's own), {@code other} a trajectory of the same cell to compute it in: a
     * symbol at a time, in the order of the symbols, gives the same bits as all at once.
     */
    public static void addFirstSymbol(Trajectory trajectory, Trajectory other, int k, double[] reach) {
        int steps = trajectory.steps();
        if (steps == 0 || k == trajectory.symbol(0)) {
            return;
        }
        int[] symbols = new int[steps];
        System.arraycopy(trajectory.symbols(), 0, symbols, 0, steps);
        symbols[0] = k;
        other.update(symbols);
        for (int s = 0; s < steps; s++) {
            double sum = 0;
            for (int i = 0; i < trajectory.hiddenSize(); i++) {
                double d = other.h(s, i) - trajectory.h(s, i);
                sum += d * d;
            }
            reach[s] = Math.sqrt(sum) / (Alphabet.SIZE - 1) + reach[s];
        }
    }

    /** "Steps 8–10 changed; steps 0–7 did not: a change can only travel forward." */
    public static String sentence(int from, int steps) {
        if (from >= steps) {
            return "";
        }
        String changed = from == steps - 1 ? "Step " + from + " changed" : "Steps " + from + "–" + (steps - 1) + " changed";
        if (from == 0) {
            return changed + ": the edit is at the first step, so every step after it is new.";
        }
        String same = from == 1 ? "step 0 did not" : "steps 0–" + (from - 1) + " did not";
        return changed + "; " + same + ": a change can only travel forward.";
    }
}
