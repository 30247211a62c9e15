package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Network;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trajectory;

/**
 * The network of a cell for a seed, hidden size and recurrent scale, the trajectory it produces for the
 * current sequence, and its predictions of the next symbol at every step. The page's first model is of
 * the state's cell, a second one of the cell it is compared with.
 */
public final class Model {
    private final boolean compared;
    private String cell;
    private int seed;
    private int hiddenSize;
    private int recurrentScale;
    private Network network;
    private Trajectory trajectory;
    private int[] symbols;
    private final Predictions predictions = new Predictions();

    public Model(PageState state) {
        this(state, false);
    }

    /** The model of the state's cell, or, when {@code compared}, of the cell it is compared with. */
    public Model(PageState state, boolean compared) {
        this.compared = compared;
        rebuild(cellOf(state), state.seed, state.hiddenSize, state.recurrentScale);
        read(state.sequence);
    }

    /**
     * The untrained network of {@code cell} for a seed, hidden size and ρ (by its index), and its values
     * for {@code sequence}, made from no page state: a first visit's (see {@link FirstLanes}).
     */
    public Model(String cell, int seed, int hiddenSize, int recurrentScale, String sequence) {
        compared = false;
        rebuild(cell, seed, hiddenSize, recurrentScale);
        read(sequence);
    }

    /**
     * Brings the model to {@code state}: new weights for a new seed or hidden size, the trajectory and
     * the predictions of the sequence. Returns the first step whose values may have changed.
     */
    public int apply(PageState state) {
        if (!cellOf(state).equals(cell) || state.seed != seed || state.hiddenSize != hiddenSize
                || state.recurrentScale != recurrentScale) {
            rebuild(cellOf(state), state.seed, state.hiddenSize, state.recurrentScale);
        }
        return read(state.sequence);
    }

    /** The trajectory and the predictions of {@code sequence}; returns the first step whose values may have changed. */
    private int read(String sequence) {
        symbols = Alphabet.encode(sequence);
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
        network = Network.random(cell, seed, hiddenSize, CellSettings.recurrentScale(recurrentScale));
        trajectory = new Trajectory(network.cell);
        trajectory.update(symbols);
        predictions.update(network.readout, trajectory);
    }

    private String cellOf(PageState state) {
        return compared ? state.compare : state.cell;
    }

    private void rebuild(String key, int seedNow, int size, int scale) {
        cell = key;
        seed = seedNow;
        hiddenSize = size;
        recurrentScale = scale;
        network = Network.random(cell, seed, hiddenSize, CellSettings.recurrentScale(recurrentScale));
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
