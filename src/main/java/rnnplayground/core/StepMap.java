package rnnplayground.core;

/**
 * F_s, one step of a cell reading symbol s, as a map of the whole state (stateSize floats: h, then any
 * further state), and its Jacobian J = ∂F_s/∂s, taken from the cell's own backward step: with
 * accumulate off, backward turns a vector v into J^T v, so J^T e_k is row k of J. The map runs the
 * cell's step on its own buffers, so that it can be used between the steps of a trajectory.
 */
public final class StepMap {
    private final RecurrentCell cell;
    private final int size;
    /** Row 0 the point s, row 1 its image F_s(s). */
    private final float[] states;
    private final float[] gates;
    private final StepBuffers buffers = new StepBuffers();
    private final double[] row;

    public StepMap(RecurrentCell cell) {
        this.cell = cell;
        this.size = cell.stateSize();
        this.states = new float[2 * size];
        this.gates = new float[cell.gateSize()];
        this.row = new double[size];
    }

    /** n, the floats of a state. */
    public int size() {
        return size;
    }

    /** F_s of the stateSize floats of {@code point} from {@code offset}. */
    public void apply(int symbol, float[] point, int offset) {
        System.arraycopy(point, offset, states, 0, size);
        cell.step(buffers.at(symbol, states, 0, size, gates, 0));
    }

    /** Entry k of the last point applied. */
    public float point(int k) {
        return states[k];
    }

    /** Entry k of its image F_s(s). */
    public float image(int k) {
        return states[size + k];
    }

    /**
     * r = F_s(s) − s of the last point applied into {@code residual} (n doubles, each exact: the
     * difference of two nearby floats); returns q = ½‖r‖².
     */
    public double residual(double[] residual) {
        double sum = 0;
        for (int k = 0; k < size; k++) {
            double r = (double) states[size + k] - states[k];
            residual[k] = r;
            sum += r * r;
        }
        return 0.5 * sum;
    }

    /**
     * J = ∂F_s/∂s at the last point applied into {@code jacobian}, row-major: J[k * n + m] = ∂F_s(s)_k/∂s_m.
     * n backward steps.
     */
    public void jacobian(double[] jacobian) {
        for (int k = 0; k < size; k++) {
            Kernels.zero(row);
            row[k] = 1;
            cell.backward(buffers, row, null, false);
            System.arraycopy(row, 0, jacobian, k * size, size);
        }
    }
}
