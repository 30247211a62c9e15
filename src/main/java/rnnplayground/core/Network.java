package rnnplayground.core;

/** A recurrent cell and the readout over its h: the whole model that learns to predict the next symbol. */
public final class Network {
    public final RecurrentCell cell;
    public final Readout readout;
    private final Param[] params;

    public Network(RecurrentCell cell, Readout readout) {
        this.cell = cell;
        this.readout = readout;
        Param[] own = cell.params();
        params = new Param[own.length + 2];
        System.arraycopy(own, 0, params, 0, own.length);
        params[own.length] = readout.why;
        params[own.length + 1] = readout.by;
    }

    /**
     * The network of cell {@code key} (see {@link Cells}) for {@code seed}: one generator draws the
     * cell's parameters first, in the cell's documented order, then W_hy. The cell's values are therefore
     * those it has without a readout, and adding a cell changes no other cell's weights.
     */
    public static Network random(String key, int seed, int hiddenSize, double recurrentScale) {
        Prng prng = new Prng(seed);
        RecurrentCell cell = Cells.create(key, prng, hiddenSize, recurrentScale);
        return new Network(cell, Readout.random(prng, hiddenSize));
    }

    /** Every parameter: the cell's in its order, then W_hy and b_y. */
    public Param[] params() {
        return params;
    }

    public int hiddenSize() {
        return cell.hiddenSize();
    }

    /**
     * A checksum of the bits of every parameter value (int arithmetic only), to compare trained
     * networks across engines.
     */
    public int checksum() {
        int sum = 17;
        for (Param p : params) {
            for (float value : p.w) {
                sum = 31 * sum + Float.floatToIntBits(value);
            }
        }
        return sum;
    }
}
