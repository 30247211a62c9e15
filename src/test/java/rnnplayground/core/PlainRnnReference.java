package rnnplayground.core;

/** h_t = tanh(W_xh x_t + W_hh h_{t-1} + b). */
final class PlainRnnReference implements CellReference {
    @Override
    public String key() {
        return "rnn";
    }

    @Override
    public double[] step(Reference r, double[] x, double[] s) {
        double[][] p = r.p;
        return Reference.tanh(Reference.add(r.column(p[0], x), r.times(p[1], s), p[2]));
    }

    @Override
    public int trainedChecksum() {
        return -2008935839;
    }
}
