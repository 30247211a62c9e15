package rnnplayground.core;

/**
 * The outer products a_t s_t^T that backpropagation through time adds into one gradient matrix, one a
 * step, kept until {@link #flush}: added then entry by entry, each entry stays in a register through
 * every step instead of the whole matrix being read and written once a step. Each entry still gets
 * its products one by one in the order they came: the same bits as adding them as they come.
 */
final class PendingOuters {
    private final double[] m;
    private final int rows;
    private final int cols;
    /** Product k's a at [k * rows ..). */
    private double[] a = new double[0];
    /** Product k's s at source[offsets[k] ..). */
    private int[] offsets = new int[0];
    private float[] source;
    private int count;

    /** Products waiting to be added into the rows x cols matrix m (row-major). */
    PendingOuters(double[] m, int rows, int cols) {
        this.m = m;
        this.rows = rows;
        this.cols = cols;
    }

    /** m += a s^T, s the cols floats of {@code s} from {@code offset}, once flushed; a is copied. */
    void add(double[] ak, float[] s, int offset) {
        if (s != source && count > 0) {
            flush();
        }
        if (offsets.length == count) {
            double[] grownA = new double[2 * (count + 1) * rows];
            System.arraycopy(a, 0, grownA, 0, count * rows);
            a = grownA;
            int[] grownOffsets = new int[2 * (count + 1)];
            System.arraycopy(offsets, 0, grownOffsets, 0, count);
            offsets = grownOffsets;
        }
        System.arraycopy(ak, 0, a, count * rows, rows);
        offsets[count] = offset;
        source = s;
        count++;
    }

    /** Adds every pending product into m, in the order they came. */
    void flush() {
        Kernels.addOuters(m, rows, cols, a, count, source, offsets);
        count = 0;
        source = null;
    }
}
