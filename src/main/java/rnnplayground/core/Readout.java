package rnnplayground.core;

/**
 * The output layer: the logits y_t = W_hy h_t + b_y over the symbols of the alphabet, from which
 * p_t = softmax(y_t) predicts the next symbol. Params, in order: W_hy (V x H), b_y (V).
 */
public final class Readout {
    /**
     * W_hy is drawn uniform in ±WHY_SCALE / √H, so that a logit, a sum of H terms, has a standard
     * deviation near 0.1 for states of size about 0.5: the untrained prediction is close to uniform.
     */
    static final double WHY_SCALE = 0.3;

    public final Param why;
    public final Param by;
    private final int hiddenSize;
    private final double[] product;
    /** dW_hy's products, added at {@link #flushGradients}. */
    private final PendingOuters dWhy;

    public Readout(Param why, Param by) {
        if (why.rows != Alphabet.SIZE || by.rows != Alphabet.SIZE || by.cols != 1) {
            throw new IllegalArgumentException("the readout has one row per symbol");
        }
        this.why = why;
        this.by = by;
        this.hiddenSize = why.cols;
        this.product = new double[Alphabet.SIZE];
        this.dWhy = new PendingOuters(why.dw, Alphabet.SIZE, hiddenSize);
    }

    /** W_hy drawn from {@code prng} (after the cell's parameters), b_y zero. */
    public static Readout random(Prng prng, int hiddenSize) {
        int v = Alphabet.SIZE;
        float[] why = WeightInit.uniform(prng, v * hiddenSize, WHY_SCALE / Math.sqrt(hiddenSize));
        return new Readout(new Param("W_hy", Param.Reads.STATE, v, hiddenSize, why),
                new Param("b_y", Param.Reads.NOTHING, v, 1, new float[v]));
    }

    /** y = W_hy h + b_y for the h at {@code states[offset ..]}, into {@code y[yOffset ..]}. */
    public void logits(float[] states, int offset, double[] y, int yOffset) {
        Kernels.matVec(why.w, Alphabet.SIZE, hiddenSize, states, offset, product);
        for (int k = 0; k < Alphabet.SIZE; k++) {
            y[yOffset + k] = product[k] + by.w[k];
        }
    }

    /**
     * Given dL/dy in {@code dy}: adds dL/db_y = dy to the gradients, and dL/dW_hy = dy h^T once
     * {@link #flushGradients} is called (the states must keep their values until then).
     */
    public void accumulate(double[] dy, float[] states, int offset) {
        dWhy.add(dy, 0, states, offset);
        Kernels.add(by.dw, dy, Alphabet.SIZE);
    }

    /** Adds what {@link #accumulate} left pending into dW_hy. */
    public void flushGradients() {
        dWhy.flush();
    }

    /** Given dL/dy in {@code dy}: adds dL/dh = W_hy^T dy into {@code dh}. */
    public void backIntoState(double[] dy, double[] dh) {
        Kernels.matTVecAdd(why.w, Alphabet.SIZE, hiddenSize, dy, dh);
    }
}
