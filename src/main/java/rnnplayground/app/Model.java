package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.Network;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trajectory;

/**
 * The network for a seed and hidden size, the trajectory it produces for the current sequence, and its
 * predictions of the next symbol at every step.
 */
public final class Model {
    private static final String CELL = "rnn";

    private int seed;
    private int hiddenSize;
    private Network network;
    private Trajectory trajectory;
    private int[] symbols;
    private final Predictions predictions = new Predictions();

    public Model(PageState state) {
        rebuild(state.seed, state.hiddenSize);
        apply(state);
    }

    /**
     * Brings the model to {@code state}: new weights for a new seed or hidden size, the trajectory and
     * the predictions of the sequence. Returns the first step whose values may have changed.
     */
    public int apply(PageState state) {
        symbols = Alphabet.encode(state.sequence);
        if (state.seed != seed || state.hiddenSize != hiddenSize) {
            rebuild(state.seed, state.hiddenSize);
        }
        int from = trajectory.update(symbols);
        predictions.update(network.readout, trajectory);
        return from;
    }

    /** The weights were trained: every step of the trajectory and every prediction anew. */
    public void weightsChanged() {
        trajectory.recompute();
        predictions.update(network.readout, trajectory);
    }

    /** The seed's random weights again, untrained. */
    public void reset() {
        rebuild(seed, hiddenSize);
        trajectory.update(symbols);
        predictions.update(network.readout, trajectory);
    }

    private void rebuild(int nextSeed, int nextHiddenSize) {
        seed = nextSeed;
        hiddenSize = nextHiddenSize;
        network = Network.random(CELL, nextSeed, nextHiddenSize, Cells.DEFAULT_RECURRENT_SCALE);
        trajectory = new Trajectory(network.cell);
    }

    /**
     * The mean cross-entropy, in nats per predicted symbol, of the predictions on the sequence itself
     * (every symbol but the last predicts the next), or NaN when it has fewer than two symbols.
     */
    public double loss() {
        return trajectory.steps() < 2 ? Double.NaN : predictions.nextSymbolLoss(trajectory);
    }

    public Network network() {
        return network;
    }

    public Trajectory trajectory() {
        return trajectory;
    }

    public Predictions predictions() {
        return predictions;
    }
}
