package rnnplayground.core;

/**
 * What the network predicts at every step of a trajectory: the logits y_t = W_hy h_t + b_y and the
 * probabilities p_t = softmax(y_t) of the next symbol, in buffers reused across runs. Doubles: double
 * arithmetic is the same on every engine.
 */
public final class Predictions {
    private static final int V = Alphabet.SIZE;

    /** ln V, the loss of a uniform guess over the alphabet, in nats per symbol (ln 6 = 1.79). */
    public static double uniformLoss() {
        return ExpLog.log(V);
    }
    private double[] logits = new double[0];
    private double[] probabilities = new double[0];
    /** Σ_k e^{y_t[k] - max y_t} of every step, for the loss. */
    private double[] sums = new double[0];
    private int steps;

    /** y_t and p_t for every step of {@code trajectory}. */
    public void update(Readout readout, Trajectory trajectory) {
        update(readout, trajectory, trajectory.steps());
    }

    /** y_t and p_t for the first {@code count} steps of {@code trajectory}. */
    public void update(Readout readout, Trajectory trajectory, int count) {
        if (logits.length < count * V) {
            logits = new double[count * V];
            probabilities = new double[count * V];
            sums = new double[count];
        }
        for (int t = 0; t < count; t++) {
            readout.logits(trajectory.states(), trajectory.offset(t), logits, t * V);
            sums[t] = Softmax.probabilities(logits, t * V, V, 1.0, probabilities, t * V);
        }
        steps = count;
    }

    public int steps() {
        return steps;
    }

    /** y_t[k], the logit of symbol k at step t. */
    public double logit(int t, int k) {
        return logits[t * V + k];
    }

    /** p_t[k], the probability that symbol k follows step t. */
    public double probability(int t, int k) {
        return probabilities[t * V + k];
    }

    /** The symbol with the highest probability after step t (the first of equals). */
    public int top(int t) {
        int best = 0;
        for (int k = 1; k < V; k++) {
            if (probabilities[t * V + k] > probabilities[t * V + best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The mean cross-entropy, in nats per symbol, of predicting {@code targets[from + t]} after step t,
     * for t in [0, count), summed in the order of t.
     */
    public double loss(int[] targets, int from, int count) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            // the term on the left: TeaVM would fold the inlined difference into sum + a - b
            sum = crossEntropy(t, targets[from + t]) + sum;
        }
        return sum / count;
    }

    /**
     * The mean cross-entropy of predicting only {@code symbols[p]} after step p - 1, for the positions
     * p of {@code scored} in their order: with every position from 1 on, the bits of
     * {@code loss(symbols, 1, count)}.
     */
    public double loss(int[] symbols, int[] scored) {
        return loss(symbols, 1, scored, scored.length);
    }

    /**
     * The mean cross-entropy of predicting {@code targets[p]} after step p - from, for the first
     * {@code terms} positions p of {@code scored}, summed in their order.
     */
    double loss(int[] targets, int from, int[] scored, int terms) {
        double sum = 0;
        for (int k = 0; k < terms; k++) {
            // the term on the left: TeaVM would fold the inlined difference into sum + a - b
            sum = crossEntropy(scored[k] - from, targets[scored[k]]) + sum;
        }
        return sum / terms;
    }

    /** -log p_t[target], in nats. */
    public double crossEntropy(int t, int target) {
        return Softmax.crossEntropy(logits, t * V, V, target, sums[t]);
    }

    /**
     * The task's loss on the trajectory's own sequence, these predictions being its: every step but the
     * last predicts the symbol that follows it. Refuses a sequence of fewer than two symbols.
     */
    public double nextSymbolLoss(Trajectory trajectory) {
        int count = Math.min(steps, trajectory.steps()) - 1;
        Trainer.checkPredictable(count + 1);
        return loss(trajectory.symbols(), 1, count);
    }
}
