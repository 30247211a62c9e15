package rnnplayground.core;

/** Solves A x = b for a symmetric positive definite n x n matrix A by its Cholesky factor A = L L^T. */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Overwrites the lower triangle of {@code a} (row-major, n x n; only the lower triangle is read)
     * with L and {@code b} with x. Returns false, leaving both unfinished, when a pivot is not a positive
     * number: A is not positive definite (to rounding), or not finite.
     */
    static boolean solve(double[] a, int n, double[] b) {
        for (int j = 0; j < n; j++) {
            double pivot = a[j * n + j];
            for (int k = 0; k < j; k++) {
                pivot -= a[j * n + k] * a[j * n + k];
            }
            if (!(pivot > 0 && pivot <= Double.MAX_VALUE)) {
                return false;
            }
            double diagonal = Math.sqrt(pivot);
            a[j * n + j] = diagonal;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = sum / diagonal;
            }
        }
        for (int i = 0; i < n; i++) { // L y = b
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= a[i * n + k] * b[k];
            }
            b[i] = sum / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) { // L^T x = y
            double sum = b[i];
            for (int k = i + 1; k < n; k++) {
                sum -= a[k * n + i] * b[k];
            }
            b[i] = sum / a[i * n + i];
        }
        return true;
    }
}
