package rnnplayground.core;

/** z, r = σ(W x + U h + b); h̃ = tanh(W_h x + U_h (r ⊙ h) + b_h); h_t = z ⊙ h + (1 − z) ⊙ h̃. */
final class GruReference implements CellReference {
    @Override
    public String key() {
        return "gru";
    }

    @Override
    public double[] step(Reference r, double[] x, double[] s) {
        double[][] p = r.p;
        double[] z = Reference.sigmoid(Reference.add(r.column(p[0], x), r.times(p[1], s), p[2]));
        double[] reset = Reference.sigmoid(Reference.add(r.column(p[3], x), r.times(p[4], s), p[5]));
        double[] candidate = Reference.tanh(Reference.add(r.column(p[6], x), r.times(p[7], Reference.product(reset, s)),
                p[8]));
        double[] h = new double[r.hidden];
        for (int i = 0; i < r.hidden; i++) {
            h[i] = z[i] * s[i] + (1 - z[i]) * candidate[i];
        }
        return h;
    }

    @Override
    public int trainedChecksum() {
        return -1752485227;
    }
}
