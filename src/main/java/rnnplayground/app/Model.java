package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;
import rnnplayground.core.VanillaCell;
import rnnplayground.core.WeightInit;

/** The network for a seed and hidden size, and the trajectory it produces for the current sequence. */
public final class Model {
    private int seed;
    private int hiddenSize;
    private VanillaCell cell;
    private Trajectory trajectory;

    public Model(PageState state) {
        rebuild(state.seed, state.hiddenSize);
        trajectory.update(Alphabet.encode(state.sequence));
    }

    /** Brings the model to {@code state}; returns the first step whose values may have changed. */
    public int apply(PageState state) {
        int[] symbols = Alphabet.encode(state.sequence);
        if (state.seed != seed || state.hiddenSize != hiddenSize) {
            rebuild(state.seed, state.hiddenSize);
        }
        return trajectory.update(symbols);
    }

    private void rebuild(int nextSeed, int nextHiddenSize) {
        seed = nextSeed;
        hiddenSize = nextHiddenSize;
        cell = new VanillaCell(WeightInit.random(nextSeed, nextHiddenSize));
        trajectory = new Trajectory(cell);
    }

    public VanillaCell cell() {
        return cell;
    }

    public Trajectory trajectory() {
        return trajectory;
    }
}
