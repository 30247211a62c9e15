package rnnplayground.core;

/**
 * The top two principal components of a set of states (the rows of a trajectory), the share of the
 * variance each explains, and every state projected onto them, centred by the mean: the plane in
 * which a trajectory spreads most.
 *
 * <p>The covariance C = (1/N) Σ_r (x_r − μ)(x_r − μ)^T (N rows, width d) is formed once; then power
 * iteration on two vectors at once, the second kept orthogonal to the first (deflation by
 * Gram-Schmidt): V ← C V, orthonormalised, until the plane they span is invariant, ‖C V − V M‖ at most
 * {@link #TOLERANCE} of the total variance, M = V^T C V. The two are then turned within that plane to
 * M's eigenvectors (Rayleigh-Ritz), so that PC1 and PC2 come out right even when their variances are
 * close. The iteration starts from the columns of C with the largest diagonal entries (the axes of most
 * variance), a rule rather than chance. Each component's sign is fixed so that its entry of largest
 * magnitude is positive (the first such on a tie).
 *
 * <p>No variance (one state, or all equal) is said by {@link #hasVariance()}, not by NaN: the
 * components are then zero vectors, their shares 0, every projection 0. A direction with a negligible
 * share (below {@link #NEGLIGIBLE}: float rounding, not data) is treated the same way, so points on a
 * line have one component, not a second of noise. Only + − × / and √: the same bits on every engine.
 * Buffers are reused.
 */
public final class PrincipalComponents {
    /** The components found: PC1 and PC2. */
    public static final int COUNT = 2;
    /** The plane is taken as found when ‖C V − V M‖_F is at most this times the total variance. */
    static final double TOLERANCE = 1e-9;
    /** Power iterations at most: a plane whose next direction has nearly its variance turns slowly. */
    static final int MAX_ITERATIONS = 300;
    /** A share of the variance below this is rounding (the states are floats): none. */
    static final double NEGLIGIBLE = 1e-10;

    private int rows;
    private int width;
    private double[] mean = new double[0];
    private double[] covariance = new double[0];
    /** PC1 then PC2, width entries each. */
    private double[] components = new double[0];
    private final double[] variances = new double[COUNT];
    /** Row r's coordinates at [2r] (PC1) and [2r + 1] (PC2). */
    private double[] projections = new double[0];
    private double[] centred = new double[0];
    private double[] product0 = new double[0];
    private double[] product1 = new double[0];
    private double total;
    private int found;
    private int iterations;
    private boolean converged;

    /** The principal components of h_0 .. h_{T-1}, the hidden states of every step of the trajectory. */
    public void ofHidden(Trajectory trajectory) {
        compute(trajectory.states(), trajectory.offset(0), trajectory.stateSize(), trajectory.steps(),
                trajectory.hiddenSize());
    }

    /** The principal components of s_0 .. s_{T-1}, the whole state (for the LSTM, h then c). */
    public void ofStates(Trajectory trajectory) {
        compute(trajectory.states(), trajectory.offset(0), trajectory.stateSize(), trajectory.steps(),
                trajectory.stateSize());
    }

    /**
     * The principal components of {@code count} rows of {@code width} floats, row r's at
     * {@code data[first + r * stride ..]}.
     */
    public void compute(float[] data, int first, int stride, int count, int width) {
        if (count < 0 || width < 1 || stride < width) {
            throw new IllegalArgumentException("rows need a width of at least 1 and a stride of at least the width");
        }
        allocate(count, width);
        centre(data, first, stride);
        covariance(data, first, stride);
        total = 0;
        for (int i = 0; i < width; i++) {
            total += covariance[i * width + i];
        }
        Kernels.zero(components);
        variances[0] = 0;
        variances[1] = 0;
        found = 0;
        iterations = 0;
        converged = true;
        if (hasVariance()) {
            if (width == 1) {
                components[0] = 1;
                variances[0] = total;
            } else {
                iterate();
                rotateWithinPlane();
            }
            for (int k = 0; k < COUNT; k++) {
                if (variances[k] <= NEGLIGIBLE * total) {
                    variances[k] = 0;
                    for (int i = 0; i < width; i++) {
                        components[k * width + i] = 0;
                    }
                } else {
                    found++;
                    fixSign(k);
                }
            }
        }
        for (int r = 0; r < count; r++) {
            int at = first + r * stride;
            projections[2 * r] = project(data, at, 0);
            projections[2 * r + 1] = project(data, at, 1);
        }
    }

    private void allocate(int count, int width) {
        this.rows = count;
        this.width = width;
        if (mean.length != width) {
            mean = new double[width];
            covariance = new double[width * width];
            components = new double[COUNT * width];
            centred = new double[width];
            product0 = new double[width];
            product1 = new double[width];
        }
        if (projections.length < 2 * count) {
            projections = new double[2 * count];
        }
    }

    private void centre(float[] data, int first, int stride) {
        Kernels.zero(mean);
        for (int r = 0; r < rows; r++) {
            int at = first + r * stride;
            for (int i = 0; i < width; i++) {
                mean[i] += data[at + i];
            }
        }
        if (rows > 0) {
            for (int i = 0; i < width; i++) {
                mean[i] /= rows;
            }
        }
    }

    /** The upper triangle summed row after row, then divided by N and mirrored. */
    private void covariance(float[] data, int first, int stride) {
        int d = width;
        Kernels.zero(covariance);
        for (int r = 0; r < rows; r++) {
            int at = first + r * stride;
            for (int i = 0; i < d; i++) {
                centred[i] = data[at + i] - mean[i];
            }
            for (int i = 0; i < d; i++) {
                double ci = centred[i];
                int row = i * d;
                for (int j = i; j < d; j++) {
                    covariance[row + j] += ci * centred[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double c = rows > 0 ? covariance[i * d + j] / rows : 0;
                covariance[i * d + j] = c;
                covariance[j * d + i] = c;
            }
        }
    }

    /**
     * Power iteration on PC1 and PC2 (components [0, d) and [d, 2d)), the second orthogonalised against
     * the first after every product, from the columns of C with the two largest diagonal entries.
     */
    private void iterate() {
        int d = width;
        int first = largestDiagonal(-1);
        column(first, product0);
        column(largestDiagonal(first), product1);
        orthonormalise();
        converged = false;
        while (iterations < MAX_ITERATIONS) {
            multiply(0, product0);
            multiply(1, product1);
            iterations++;
            double m00 = dot(0, product0);
            double m01 = dot(0, product1);
            double m11 = dot(1, product1);
            double residual = 0;
            for (int i = 0; i < d; i++) {
                double e0 = product0[i] - m00 * components[i] - m01 * components[d + i];
                double e1 = product1[i] - m01 * components[i] - m11 * components[d + i];
                residual = residual + e0 * e0 + e1 * e1;
            }
            if (Math.sqrt(residual) <= TOLERANCE * total) {
                converged = true;
                return;
            }
            orthonormalise();
        }
        multiply(0, product0);
        multiply(1, product1);
    }

    /** The index of the largest diagonal entry of C other than {@code except}; the first on a tie. */
    private int largestDiagonal(int except) {
        int best = except == 0 ? 1 : 0;
        for (int i = 0; i < width; i++) {
            if (i != except && covariance[i * width + i] > covariance[best * width + best]) {
                best = i;
            }
        }
        return best;
    }

    private void column(int j, double[] into) {
        for (int i = 0; i < width; i++) {
            into[i] = covariance[i * width + j];
        }
    }

    /** into = C component k. */
    private void multiply(int k, double[] into) {
        int d = width;
        int at = k * d;
        for (int i = 0; i < d; i++) {
            double sum = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                sum += covariance[row + j] * components[at + j];
            }
            into[i] = sum;
        }
    }

    private double dot(int k, double[] v) {
        int at = k * width;
        double sum = 0;
        for (int i = 0; i < width; i++) {
            sum += components[at + i] * v[i];
        }
        return sum;
    }

    /**
     * The components become product0 normalised, and product1 less its part along it, normalised; if
     * nothing is left of product1 (the data vary along one direction), the axis e_j on which PC1 is
     * smallest, less its part along PC1: never zero, as PC1 is a unit vector and d ≥ 2.
     */
    private void orthonormalise() {
        int d = width;
        double norm0 = norm(product0);
        if (!(norm0 > 0)) { // not met: C is positive on its range, where PC1 stays; but never a NaN
            column(largestDiagonal(-1), product0);
            norm0 = norm(product0);
        }
        for (int i = 0; i < d; i++) {
            components[i] = product0[i] / norm0;
        }
        double along = 0;
        for (int i = 0; i < d; i++) {
            along += components[i] * product1[i];
        }
        for (int i = 0; i < d; i++) {
            product1[i] -= along * components[i];
        }
        double norm1 = norm(product1);
        if (!(norm1 > 0)) {
            int smallest = 0;
            for (int i = 1; i < d; i++) {
                if (Math.abs(components[i]) < Math.abs(components[smallest])) {
                    smallest = i;
                }
            }
            double c = components[smallest];
            for (int i = 0; i < d; i++) {
                product1[i] = (i == smallest ? 1 : 0) - c * components[i];
            }
            norm1 = norm(product1);
        }
        for (int i = 0; i < d; i++) {
            components[d + i] = product1[i] / norm1;
        }
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i] * v[i];
        }
        return Math.sqrt(sum);
    }

    /**
     * Turns the two components within their plane to the eigenvectors of M = V^T C V (from the last
     * products, C V), whose eigenvalues are their variances: the larger first.
     */
    private void rotateWithinPlane() {
        int d = width;
        double a = dot(0, product0);
        double b = (dot(0, product1) + dot(1, product0)) * 0.5;
        double c = dot(1, product1);
        double half = (a - c) * 0.5;
        double mid = (a + c) * 0.5;
        double spread = Math.sqrt(half * half + b * b);
        variances[0] = mid + spread;
        variances[1] = Math.max(0, mid - spread);
        // the eigenvector of λ1: (λ1 − c, b) = (half + spread, b), or (b, λ1 − a) = (b, spread − half) when half < 0
        double y0 = half >= 0 ? half + spread : b;
        double y1 = half >= 0 ? b : spread - half;
        double length = Math.sqrt(y0 * y0 + y1 * y1);
        if (length > 0) {
            y0 /= length;
            y1 /= length;
        } else { // M is a multiple of I: the plane has no preferred axes, the components stay
            y0 = 1;
            y1 = 0;
        }
        for (int i = 0; i < d; i++) {
            double v0 = components[i];
            double v1 = components[d + i];
            components[i] = y0 * v0 + y1 * v1;
            components[d + i] = y0 * v1 - y1 * v0;
        }
    }

    /** Makes the entry of component k of largest magnitude (the first such) positive. */
    private void fixSign(int k) {
        int at = k * width;
        int largest = 0;
        for (int i = 1; i < width; i++) {
            if (Math.abs(components[at + i]) > Math.abs(components[at + largest])) {
                largest = i;
            }
        }
        if (components[at + largest] < 0) {
            for (int i = 0; i < width; i++) {
                components[at + i] = -components[at + i];
            }
        }
    }

    /** The rows of the last computation. */
    public int rows() {
        return rows;
    }

    /** d, the floats of a row the components span. */
    public int width() {
        return width;
    }

    /** Whether the rows vary at all: false for fewer than two rows or rows all equal. */
    public boolean hasVariance() {
        return total > 0 && total <= Double.MAX_VALUE;
    }

    /** The components with variance along them: 0, 1 (points on a line) or 2. */
    public int components() {
        return found;
    }

    /** The total variance, Σ_i C_ii: the mean squared distance of a row from the mean. */
    public double totalVariance() {
        return hasVariance() ? total : 0;
    }

    /** λ_k, the variance along component k (0 for PC1, 1 for PC2). */
    public double variance(int k) {
        return variances[k];
    }

    /** λ_k / Σ_i C_ii: the share of the variance component k explains, in [0, 1]; 0 without variance. */
    public double share(int k) {
        return hasVariance() ? variances[k] / total : 0;
    }

    /** μ_i, the mean of entry i. */
    public double mean(int i) {
        return mean[i];
    }

    /** Entry i of component k: a unit vector, or zero where there is no variance along it. */
    public double component(int k, int i) {
        return components[k * width + i];
    }

    /** (x_r − μ) · PC_k: row r's coordinate along component k. */
    public double projection(int r, int k) {
        return projections[2 * r + k];
    }

    /**
     * (x − μ) · PC_k for any point x, its d floats at {@code point[offset ..]}: a fixed point's state,
     * say (whose h comes first), drawn in the same plane as the rows.
     */
    public double project(float[] point, int offset, int k) {
        int at = k * width;
        double sum = 0;
        for (int i = 0; i < width; i++) {
            sum += (point[offset + i] - mean[i]) * components[at + i];
        }
        return sum;
    }

    /** The power iterations taken (0 without variance or for one column). */
    public int iterations() {
        return iterations;
    }

    /** Whether the plane settled within {@link #MAX_ITERATIONS}; if not, PC2 may be mixed with PC3. */
    public boolean converged() {
        return converged;
    }
}
