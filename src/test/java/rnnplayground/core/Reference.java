package rnnplayground.core;

/**
 * Independent double-precision forward passes of the cells, the readout and the loss, written from
 * the equations with the platform's Math.tanh and Math.exp, for checking the core against.
 */
final class Reference {
    static final int V = Alphabet.SIZE;
    final String key;
    final int hidden;
    /** The network's params as doubles, in the network's order (the cell's, then W_hy, b_y). */
    final double[][] p;

    Reference(Network network) {
        key = network.cell.key();
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
        return key.equals("lstm") ? 2 * hidden : hidden;
    }

    /** The mean cross-entropy of predicting symbols[t + 1] from h_t. */
    double loss(int[] symbols) {
        return loss(symbols, states(symbols));
    }

    /** The mean cross-entropy of predicting symbols[t + 1] from the h_t of {@code states}. */
    double loss(int[] symbols, double[][] states) {
        double[] why = p[p.length - 2];
        double[] by = p[p.length - 1];
        double total = 0;
        for (int t = 0; t + 1 < symbols.length; t++) {
            double[] y = new double[V];
            double sum = 0;
            for (int k = 0; k < V; k++) {
                y[k] = by[k];
                for (int j = 0; j < hidden; j++) {
                    y[k] += why[k * hidden + j] * states[t][j];
                }
                sum += Math.exp(y[k]);
            }
            total += Math.log(sum) - y[symbols[t + 1]];
        }
        return total / (symbols.length - 1);
    }

    private double[] step(double[] x, double[] s) {
        switch (key) {
            case "rnn":
                return tanh(add(column(p[0], x), times(p[1], s), p[2]));
            case "gru": {
                double[] z = sigmoid(add(column(p[0], x), times(p[1], s), p[2]));
                double[] r = sigmoid(add(column(p[3], x), times(p[4], s), p[5]));
                double[] candidate = tanh(add(column(p[6], x), times(p[7], product(r, s)), p[8]));
                double[] h = new double[hidden];
                for (int i = 0; i < hidden; i++) {
                    h[i] = z[i] * s[i] + (1 - z[i]) * candidate[i];
                }
                return h;
            }
            case "lstm": {
                double[] i = sigmoid(add(column(p[0], x), times(p[1], s), p[2]));
                double[] f = sigmoid(add(column(p[3], x), times(p[4], s), p[5]));
                double[] o = sigmoid(add(column(p[6], x), times(p[7], s), p[8]));
                double[] g = tanh(add(column(p[9], x), times(p[10], s), p[11]));
                double[] next = new double[2 * hidden];
                for (int k = 0; k < hidden; k++) {
                    double c = f[k] * s[hidden + k] + i[k] * g[k];
                    next[hidden + k] = c;
                    next[k] = o[k] * Math.tanh(c);
                }
                return next;
            }
            case "linear": {
                double[] a = sigmoid(add(column(p[0], x), new double[hidden], p[1]));
                double[] u = add(column(p[2], x), new double[hidden], p[3]);
                double[] h = new double[hidden];
                for (int i = 0; i < hidden; i++) {
                    h[i] = a[i] * s[i] + (1 - a[i]) * u[i];
                }
                return h;
            }
            default:
                throw new IllegalArgumentException(key);
        }
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
