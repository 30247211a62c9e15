package rnnplayground.core;

/**
 * One named parameter of a network (recurrentjs's Mat): a rows x cols matrix of values {@code w},
 * row-major, stored as floats, and the gradient {@code dw} of the loss with respect to each of them,
 * kept in doubles. A bias is a column: cols 1. Initialisation, the optimizer and the exports loop over
 * a network's params instead of naming fields.
 */
public final class Param {
    /** What a parameter multiplies: the one-hot input x_t, a state (h_{t-1}, h_t), or nothing (a bias). */
    public enum Reads {
        INPUT, STATE, NOTHING
    }

    /** The name used in the equations, e.g. "W_xh", "U_z", "b_y". */
    public final String name;
    public final Reads reads;
    public final int rows;
    public final int cols;
    public final float[] w;
    public final double[] dw;

    /** A parameter over {@code w}, which it shares (not a copy). */
    public Param(String name, Reads reads, int rows, int cols, float[] w) {
        if (w.length != rows * cols) {
            throw new IllegalArgumentException(name + " has " + w.length + " values, not " + rows + " x " + cols);
        }
        this.name = name;
        this.reads = reads;
        this.rows = rows;
        this.cols = cols;
        this.w = w;
        this.dw = new double[w.length];
    }

    public int size() {
        return w.length;
    }

    public void zeroGradient() {
        Kernels.zero(dw);
    }
}
