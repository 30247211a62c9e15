package rnnplayground.core;

/** z = σ(W_z x + b_z); h̃ = W_h x + b_h; h_t = (1 − z) ⊙ h + z ⊙ h̃. */
final class MinGruReference implements CellReference {
    @Override
    public String key() {
        return "mingru";
    }

    @Override
    public double[] step(Reference r, double[] x, double[] s) {
        double[][] p = r.p;
        double[] z = Reference.sigmoid(Reference.add(r.column(p[0], x), new double[r.hidden], p[1]));
        double[] candidate = Reference.add(r.column(p[2], x), new double[r.hidden], p[3]);
        double[] h = new double[r.hidden];
        for (int i = 0; i < r.hidden; i++) {
            h[i] = (1 - z[i]) * s[i] + z[i] * candidate[i];
        }
        return h;
    }

    @Override
    public int trainedChecksum() {
        return -1873148690;
    }
}
