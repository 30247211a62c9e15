package rnnplayground.core;

/**
 * The outer products a_t s_t^T that backpropagation through time adds into one gradient matrix, one a
 * step, kept until {@link #flush}: added then entry by entry, each entry stays in a register through
 * every step instead of the whole matrix being read and written once a step. Each entry still gets
 * its products one by one in the order they came: the same bits as adding them as they come. Both
 * factors are kept as doubles (s widened once, not once for every row it multiplies).
 */
final class PendingOuters {
    private final double[] m;
    private final int rows;
    private final int cols;
    /** Product k's a at [k * rows ..). */
    private double[] a = new double[0];
    /** Product k's s at [k * cols ..). */
    private double[] s = new double[0];
    private int count;

    /** Products waiting to be added into the rows x cols matrix m (row-major). */
    PendingOuters(double[] m, int rows, int cols) {
        this.m = m;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * m += a s^T once flushed: a the rows doubles of {@code ak} from {@code from}, s the cols floats of
     * {@code source} from {@code offset}; both are copied.
     */
    void add(double[] ak, int from, float[] source, int offset) {
        if (s.length == count * cols) {
            double[] grownA = new double[2 * (count + 1) * rows];
            System.arraycopy(a, 0, grownA, 0, count * rows);
            a = grownA;
            double[] grownS = new double[2 * (count + 1) * cols];
            System.arraycopy(s, 0, grownS, 0, count * cols);
            s = grownS;
        }
        int into = count * rows;
        for (int i = 0; i < rows; i++) { // a loop: a step's few values cost less than System.arraycopy's call
            a[into + i] = ak[from + i];
        }
        int at = count * cols;
        for (int j = 0; j < cols; j++) {
            s[at + j] = source[offset + j];
        }
        count++;
    }

    /** Adds every pending product into m, in the order they came. */
    void flush() {
        Kernels.addOuters(m, rows, cols, a, count, s);
        count = 0;
    }
}
