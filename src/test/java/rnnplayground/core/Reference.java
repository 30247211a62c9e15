package rnnplayground.core;

/**
 * Independent double-precision forward passes of a network, the readout and the loss, written from
 * the equations with the platform's Math.tanh and Math.exp, for checking the core against: the cell's
 * step is its {@link CellReference}'s.
 */
final class Reference {
    static final int V = Alphabet.SIZE;
    private final CellReference cell;
    private final int stateSize;
    final int hidden;
    /** The network's params as doubles, in the network's order (the cell's, then W_hy, b_y). */
    final double[][] p;

    Reference(Network network) {
        cell = CellReference.of(network.cell.key());
        stateSize = network.cell.stateSize();
        hidden = network.hiddenSize();
        Param[] params = network.params();
        p = new double[params.length][];
        for (int k = 0; k < params.length; k++) {
            p[k] = new double[params[k].size()];
            for (int j = 0; j < p[k].length; j++) {
                p[k][j] = params[k].w[j];
            }
        }
    }

    /** The whole state after every step: states[t] is s_t (h first). */
    double[][] states(int[] symbols) {
        return states(symbols, inputs(symbols), 0, new double[stateSize()]);
    }

    /** The one-hot input vector of every symbol. */
    static double[][] inputs(int[] symbols) {
        double[][] x = new double[symbols.length][V];
        for (int t = 0; t < symbols.length; t++) {
            x[t][symbols[t]] = 1;
        }
        return x;
    }

    /**
     * The states from step {@code from} on, given s_{from-1} = {@code initial} and the input vectors x
     * (one-hot, or perturbed); rows before {@code from} are null.
     */
    double[][] states(int[] symbols, double[][] x, int from, double[] initial) {
        double[][] states = new double[symbols.length][];
        double[] s = initial;
        for (int t = from; t < symbols.length; t++) {
            s = step(x[t], s);
            states[t] = s;
        }
        return states;
    }

    int stateSize() {
        return stateSize;
    }

    /** The mean cross-entropy of predicting symbols[t + 1] from h_t. */
    double loss(int[] symbols) {
        return loss(symbols, states(symbols));
    }

    /** The mean cross-entropy of predicting symbols[t + 1] from the h_t of {@code states}. */
    double loss(int[] symbols, double[][] states) {
        double total = 0;
        for (int t = 0; t + 1 < symbols.length; t++) {
            total += crossEntropy(states[t], symbols[t + 1]);
        }
        return total / (symbols.length - 1);
    }

    /** The mean cross-entropy of predicting symbols[p] from h_{p-1} for the positions p of {@code scored} only. */
    double loss(int[] symbols, int[] scored) {
        double[][] states = states(symbols);
        double total = 0;
        for (int p : scored) {
            total += crossEntropy(states[p - 1], symbols[p]);
        }
        return total / scored.length;
    }

    /** -log softmax(W_hy h + b_y)[target]. */
    private double crossEntropy(double[] h, int target) {
        double[] why = p[p.length - 2];
        double[] by = p[p.length - 1];
        double[] y = new double[V];
        double sum = 0;
        for (int k = 0; k < V; k++) {
            y[k] = by[k];
            for (int j = 0; j < hidden; j++) {
                y[k] += why[k * hidden + j] * h[j];
            }
            sum += Math.exp(y[k]);
        }
        return Math.log(sum) - y[target];
    }

    private double[] step(double[] x, double[] s) {
        return cell.step(this, x, s);
    }

    static double[] product(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] * b[i];
        }
        return r;
    }

    /** The H x V matrix m times the input vector x. */
    double[] column(double[] m, double[] x) {
        double[] c = new double[hidden];
        for (int i = 0; i < hidden; i++) {
            for (int k = 0; k < V; k++) {
                c[i] += m[i * V + k] * x[k];
            }
        }
        return c;
    }

    /** The H x H matrix m times the first H entries of v. */
    double[] times(double[] m, double[] v) {
        double[] r = new double[hidden];
        for (int i = 0; i < hidden; i++) {
            for (int j = 0; j < hidden; j++) {
                r[i] += m[i * hidden + j] * v[j];
            }
        }
        return r;
    }

    static double[] add(double[] a, double[] b, double[] c) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] + b[i] + c[i];
        }
        return r;
    }

    static double[] tanh(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.tanh(a[i]);
        }
        return r;
    }

    static double[] sigmoid(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = 1 / (1 + Math.exp(-a[i]));
        }
        return r;
    }
}
