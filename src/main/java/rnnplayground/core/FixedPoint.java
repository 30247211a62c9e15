package rnnplayground.core;

/**
 * A state that one step of a cell reading a symbol leaves where it is, F_s(s) = s, as a
 * {@link FixedPointSearch} found it, with its stability: the eigenvalues of the Jacobian J = ∂F_s/∂s
 * there. Where every |λ| < 1, a state near it moves closer with every step reading s (it is stable: an
 * attractor, where a run of s ends); where some |λ| > 1, it moves away along that direction.
 */
public final class FixedPoint {
    /** The symbol s whose step F_s the point is fixed under. */
    public final int symbol;
    /** q = ½‖F_s(s) − s‖² at the point. */
    public final double q;
    /** ‖F_s(s) − s‖_∞: the most one more step reading s moves an entry of the state. */
    public final double residual;
    /** The search's iterations (Jacobians taken) from the start that found it. */
    public final int iterations;
    /**
     * Whether the search reached {@link FixedPointSearch#TOLERANCE}. If not, this is where q stopped
     * decreasing or the iterations ran out: a slow point (a local minimum of q above 0), not a fixed point.
     */
    public final boolean converged;
    /** Whether the QR algorithm split off every eigenvalue (see {@link Eigenvalues#converged()}). */
    public final boolean eigenvaluesFound;
    /** The largest |λ| of the Jacobian at the point. */
    public final double spectralRadius;
    final float[] state;
    private final double[] eigenRe;
    private final double[] eigenIm;
    private int starts;

    FixedPoint(int symbol, float[] state, double q, double residual, int iterations, boolean converged,
            Eigenvalues eigenvalues) {
        this.symbol = symbol;
        this.state = state;
        this.q = q;
        this.residual = residual;
        this.iterations = iterations;
        this.converged = converged;
        this.eigenvaluesFound = eigenvalues.converged();
        this.spectralRadius = eigenvalues.spectralRadius();
        eigenRe = new double[eigenvalues.size()];
        eigenIm = new double[eigenvalues.size()];
        for (int k = 0; k < eigenRe.length; k++) {
            eigenRe[k] = eigenvalues.re(k);
            eigenIm[k] = eigenvalues.im(k);
        }
    }

    private FixedPoint(Packed in) {
        symbol = in.integer();
        q = in.number();
        residual = in.number();
        iterations = in.integer();
        converged = in.bool();
        eigenvaluesFound = in.bool();
        spectralRadius = in.number();
        starts = in.integer();
        state = in.floats();
        eigenRe = in.doubles();
        eigenIm = in.doubles();
    }

    /** The point as plain values, for another thread: {@link #load} reads it back. */
    void save(Packed out) {
        out.putNumber(symbol);
        out.putNumber(q);
        out.putNumber(residual);
        out.putNumber(iterations);
        out.putBoolean(converged);
        out.putBoolean(eigenvaluesFound);
        out.putNumber(spectralRadius);
        out.putNumber(starts);
        out.putFloats(state);
        out.putDoubles(eigenRe);
        out.putDoubles(eigenIm);
    }

    static FixedPoint load(Packed in) {
        return new FixedPoint(in);
    }

    /** A fixed point whose every |λ| is below 1: converged, with its eigenvalues found. */
    public boolean stable() {
        return converged && eigenvaluesFound && spectralRadius < 1;
    }

    /** n, the floats of the state. */
    public int size() {
        return state.length;
    }

    /** Entry k of the state: h first, then any further state; the floats a cell's state buffer holds. */
    public float state(int k) {
        return state[k];
    }

    /** The state as a new array, e.g. to start a trajectory from it ({@link Trajectory#restart}). */
    public float[] state() {
        return state.clone();
    }

    /** The real part of eigenvalue k of J at the point, the eigenvalues sorted by modulus, the largest first. */
    public double eigenvalueRe(int k) {
        return eigenRe[k];
    }

    /** The imaginary part of eigenvalue k; complex ones come in conjugate pairs, +ib first. */
    public double eigenvalueIm(int k) {
        return eigenIm[k];
    }

    /** How many of the search's starts for this symbol ended at this point. */
    public int starts() {
        return starts;
    }

    void addStart() {
        starts++;
    }
}
