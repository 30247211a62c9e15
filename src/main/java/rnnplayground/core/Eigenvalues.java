package rnnplayground.core;

/**
 * The eigenvalues of a real n x n matrix, by the QR algorithm: Householder reflections bring the
 * matrix to upper Hessenberg form (zeros below the first subdiagonal, the same eigenvalues), then
 * Francis double-shift QR steps make a subdiagonal entry negligible at the bottom of the active block
 * and split off one real eigenvalue (a 1 x 1 block) or two (a 2 x 2 block: a real pair, or a complex
 * pair a ± ib), as EISPACK's hqr does. Eigenvalues only, no vectors. The results are kept sorted by
 * modulus, the largest first (in the order found among equal moduli, a complex pair's +ib first).
 * Only + − × / and √: the same bits on every engine. Buffers are reused across matrices.
 */
public final class Eigenvalues {
    /** QR steps allowed for one eigenvalue (or pair) to split off before giving up (EISPACK allows 30). */
    private static final int STEPS_PER_EIGENVALUE = 60;

    private double[] a = new double[0];
    private double[] householder = new double[0];
    private double[] products = new double[0];
    private double[] re = new double[0];
    private double[] im = new double[0];
    private int size;
    private boolean converged;

    /**
     * Computes the eigenvalues of the n x n matrix {@code matrix}, row-major (entry (i, j) at
     * [i * n + j]), which is left unchanged. Returns {@link #converged()}.
     */
    public boolean compute(double[] matrix, int n) {
        if (a.length < n * n) {
            a = new double[n * n];
            householder = new double[n];
            products = new double[n];
            re = new double[n];
            im = new double[n];
        }
        System.arraycopy(matrix, 0, a, 0, n * n);
        size = n;
        toHessenberg();
        converged = splitOff();
        sortByModulus();
        return converged;
    }

    /** n, the number of eigenvalues (with their multiplicities). */
    public int size() {
        return size;
    }

    /**
     * Whether every eigenvalue split off within the steps allowed. When not, those that did not are
     * stood in for by the diagonal entries of the block left, which are not its eigenvalues: the
     * spectral radius is then not to be trusted.
     */
    public boolean converged() {
        return converged;
    }

    /** The real part of eigenvalue k, the eigenvalues sorted by modulus, the largest first. */
    public double re(int k) {
        return re[k];
    }

    /** The imaginary part of eigenvalue k; complex eigenvalues come in conjugate pairs, +ib first. */
    public double im(int k) {
        return im[k];
    }

    /** |λ_k|. */
    public double modulus(int k) {
        return Math.sqrt(re[k] * re[k] + im[k] * im[k]);
    }

    /** The largest |λ|: 0 for an empty matrix. */
    public double spectralRadius() {
        return size == 0 ? 0 : modulus(0);
    }

    /**
     * A ← P A P for each column k, P = I − v v^T / h the Householder reflection that zeros column k
     * below its subdiagonal (EISPACK's orthes, without keeping P).
     */
    private void toHessenberg() {
        int n = size;
        double[] v = householder;
        double[] f = products;
        for (int k = 0; k + 2 < n; k++) {
            double scale = 0;
            for (int i = k + 1; i < n; i++) {
                scale += Math.abs(a[i * n + k]);
            }
            if (scale == 0) {
                continue;
            }
            double h = 0;
            for (int i = k + 1; i < n; i++) {
                v[i] = a[i * n + k] / scale;
                h += v[i] * v[i];
            }
            double g = Math.sqrt(h);
            if (v[k + 1] > 0) {
                g = -g;
            }
            h -= v[k + 1] * g;
            v[k + 1] -= g;
            // from the left, on rows k+1.. of the columns right of k (column k becomes scale·g e_{k+1}):
            // f_j = Σ_i v_i a_ij / h, summed over i in order, row by row along the rows
            for (int j = k + 1; j < n; j++) {
                f[j] = 0;
            }
            for (int i = k + 1; i < n; i++) {
                double vi = v[i];
                int row = i * n;
                for (int j = k + 1; j < n; j++) {
                    f[j] += vi * a[row + j];
                }
            }
            for (int j = k + 1; j < n; j++) {
                f[j] /= h;
            }
            for (int i = k + 1; i < n; i++) {
                double vi = v[i];
                int row = i * n;
                for (int j = k + 1; j < n; j++) {
                    a[row + j] -= f[j] * vi;
                }
            }
            // from the right, on columns k+1.. of every row
            for (int i = 0; i < n; i++) {
                int row = i * n;
                double fi = 0;
                for (int j = k + 1; j < n; j++) {
                    fi += v[j] * a[row + j];
                }
                fi /= h;
                for (int j = k + 1; j < n; j++) {
                    a[row + j] -= fi * v[j];
                }
            }
            a[(k + 1) * n + k] = scale * g;
            for (int i = k + 2; i < n; i++) {
                a[i * n + k] = 0;
            }
        }
    }

    /**
     * Francis double-shift QR steps on the Hessenberg matrix, splitting eigenvalues off its bottom
     * (EISPACK's hqr; the exceptional shifts after 10 and 30 steps are Wilkinson's and MATLAB's). Only
     * the active block is updated, as eigenvalues alone are wanted. Returns false when an eigenvalue
     * took more than {@link #STEPS_PER_EIGENVALUE} steps.
     */
    private boolean splitOff() {
        int n = size;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                norm += Math.abs(a[i * n + j]);
            }
        }
        int last = n - 1;
        double shift = 0;
        int steps = 0;
        double p = 0;
        double q = 0;
        double r = 0;
        double s;
        double w;
        double x;
        double y;
        double z;
        while (last >= 0) {
            // the active block is l..last: l the lowest row whose subdiagonal entry (l, l-1) is negligible
            // beside its neighbours on the diagonal (adding it to them changes nothing), or 0
            int l = last;
            while (l > 0) {
                s = Math.abs(a[(l - 1) * n + l - 1]) + Math.abs(a[l * n + l]);
                if (s == 0) {
                    s = norm;
                }
                if (s + Math.abs(a[l * n + l - 1]) == s) {
                    break;
                }
                l--;
            }
            if (l == last) { // a 1 x 1 block: one real eigenvalue
                re[last] = a[last * n + last] + shift;
                im[last] = 0;
                last--;
                steps = 0;
            } else if (l == last - 1) { // a 2 x 2 block: its two eigenvalues
                w = a[last * n + last - 1] * a[(last - 1) * n + last];
                p = (a[(last - 1) * n + last - 1] - a[last * n + last]) / 2.0;
                q = p * p + w;
                z = Math.sqrt(Math.abs(q));
                x = a[last * n + last] + shift;
                if (q >= 0) {
                    z = p >= 0 ? p + z : p - z;
                    re[last - 1] = z + x;
                    re[last] = z != 0 ? x - w / z : z + x;
                    im[last - 1] = 0;
                    im[last] = 0;
                } else {
                    re[last - 1] = x + p;
                    re[last] = x + p;
                    im[last - 1] = z;
                    im[last] = -z;
                }
                last -= 2;
                steps = 0;
            } else {
                if (steps == STEPS_PER_EIGENVALUE) {
                    for (int i = 0; i <= last; i++) {
                        re[i] = a[i * n + i] + shift;
                        im[i] = 0;
                    }
                    return false;
                }
                x = a[last * n + last];
                y = a[(last - 1) * n + last - 1];
                w = a[last * n + last - 1] * a[(last - 1) * n + last];
                if (steps == 10) {
                    shift += x;
                    for (int i = 0; i <= last; i++) { // every row: the shift is added to the eigenvalues above l too
                        a[i * n + i] -= x;
                    }
                    s = Math.abs(a[last * n + last - 1]) + Math.abs(a[(last - 1) * n + last - 2]);
                    x = 0.75 * s;
                    y = x;
                    w = -0.4375 * s * s;
                }
                if (steps == 30) {
                    s = (y - x) / 2.0;
                    s = s * s + w;
                    if (s > 0) {
                        s = Math.sqrt(s);
                        if (y < x) {
                            s = -s;
                        }
                        s = x - w / (s + (y - x) / 2.0);
                        for (int i = 0; i <= last; i++) {
                            a[i * n + i] -= s;
                        }
                        shift += s;
                        x = 0.964;
                        y = x;
                        w = x;
                    }
                }
                steps++;
                // the first column of the double-shift polynomial, from the lowest m where it starts a bulge
                int m = last - 2;
                while (m >= l) {
                    z = a[m * n + m];
                    r = x - z;
                    s = y - z;
                    p = (r * s - w) / a[(m + 1) * n + m] + a[m * n + m + 1];
                    q = a[(m + 1) * n + m + 1] - z - r - s;
                    r = a[(m + 2) * n + m + 1];
                    s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                    p /= s;
                    q /= s;
                    r /= s;
                    if (m == l) {
                        break;
                    }
                    double diagonal = (Math.abs(a[(m - 1) * n + m - 1]) + Math.abs(z) + Math.abs(a[(m + 1) * n + m + 1]))
                            * Math.abs(p);
                    if (diagonal + Math.abs(a[m * n + m - 1]) * (Math.abs(q) + Math.abs(r)) == diagonal) {
                        break;
                    }
                    m--;
                }
                for (int i = m + 2; i <= last; i++) {
                    a[i * n + i - 2] = 0;
                    if (i > m + 2) {
                        a[i * n + i - 3] = 0;
                    }
                }
                // chase the bulge down: a 3 x 3 (at the end 2 x 2) reflection at each k
                for (int k = m; k < last; k++) {
                    boolean notLast = k != last - 1;
                    if (k != m) {
                        p = a[k * n + k - 1];
                        q = a[(k + 1) * n + k - 1];
                        r = notLast ? a[(k + 2) * n + k - 1] : 0.0;
                        x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                        if (x == 0) {
                            continue;
                        }
                        p /= x;
                        q /= x;
                        r /= x;
                    }
                    s = Math.sqrt(p * p + q * q + r * r);
                    if (p < 0) {
                        s = -s;
                    }
                    if (s == 0) {
                        continue;
                    }
                    if (k != m) {
                        a[k * n + k - 1] = -s * x;
                    } else if (l != m) {
                        a[k * n + k - 1] = -a[k * n + k - 1];
                    }
                    p += s;
                    x = p / s;
                    y = q / s;
                    z = r / s;
                    q /= p;
                    r /= p;
                    for (int j = k; j <= last; j++) { // rows k, k+1, k+2
                        double t = a[k * n + j] + q * a[(k + 1) * n + j];
                        if (notLast) {
                            t += r * a[(k + 2) * n + j];
                            a[(k + 2) * n + j] -= t * z;
                        }
                        a[k * n + j] -= t * x;
                        a[(k + 1) * n + j] -= t * y;
                    }
                    int bottom = Math.min(last, k + 3);
                    for (int i = l; i <= bottom; i++) { // columns k, k+1, k+2
                        double t = x * a[i * n + k] + y * a[i * n + k + 1];
                        if (notLast) {
                            t += z * a[i * n + k + 2];
                            a[i * n + k + 2] -= t * r;
                        }
                        a[i * n + k] -= t;
                        a[i * n + k + 1] -= t * q;
                    }
                }
            }
        }
        return true;
    }

    /** Insertion sort by modulus, the largest first, stable: the same order on every engine. */
    private void sortByModulus() {
        for (int k = 1; k < size; k++) {
            double keyRe = re[k];
            double keyIm = im[k];
            double key = keyRe * keyRe + keyIm * keyIm;
            int i = k - 1;
            while (i >= 0 && re[i] * re[i] + im[i] * im[i] < key) {
                re[i + 1] = re[i];
                im[i + 1] = im[i];
                i--;
            }
            re[i + 1] = keyRe;
            im[i + 1] = keyIm;
        }
    }
}
