package rnnplayground.core;

/** i, f, o = σ(W x + U h + b); g = tanh(…); c_t = f ⊙ c + i ⊙ g; h_t = o ⊙ tanh(c_t). The state is h then c. */
final class LstmReference implements CellReference {
    @Override
    public String key() {
        return "lstm";
    }

    @Override
    public double[] step(Reference r, double[] x, double[] s) {
        double[][] p = r.p;
        int hidden = r.hidden;
        double[] i = Reference.sigmoid(Reference.add(r.column(p[0], x), r.times(p[1], s), p[2]));
        double[] f = Reference.sigmoid(Reference.add(r.column(p[3], x), r.times(p[4], s), p[5]));
        double[] o = Reference.sigmoid(Reference.add(r.column(p[6], x), r.times(p[7], s), p[8]));
        double[] g = Reference.tanh(Reference.add(r.column(p[9], x), r.times(p[10], s), p[11]));
        double[] next = new double[2 * hidden];
        for (int k = 0; k < hidden; k++) {
            double c = f[k] * s[hidden + k] + i[k] * g[k];
            next[hidden + k] = c;
            next[k] = o[k] * Math.tanh(c);
        }
        return next;
    }

    @Override
    public int trainedChecksum() {
        return -801489079;
    }
}
