package rnnplayground.core;

/** a = σ(W_a x + b_a); u = W_x x + b_x; h_t = a ⊙ h + (1 − a) ⊙ u. */
final class SelectiveLinearReference implements CellReference {
    @Override
    public String key() {
        return "linear";
    }

    @Override
    public double[] step(Reference r, double[] x, double[] s) {
        double[][] p = r.p;
        double[] a = Reference.sigmoid(Reference.add(r.column(p[0], x), new double[r.hidden], p[1]));
        double[] u = Reference.add(r.column(p[2], x), new double[r.hidden], p[3]);
        double[] h = new double[r.hidden];
        for (int i = 0; i < r.hidden; i++) {
            h[i] = a[i] * s[i] + (1 - a[i]) * u[i];
        }
        return h;
    }

    @Override
    public int trainedChecksum() {
        return 326781736;
    }
}
