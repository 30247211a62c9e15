package rnnplayground.core;

/**
 * Trains a network to predict the next symbol with Adam and gradient clipping: one step on a whole
 * sequence (the page), on chosen positions of a sequence (a {@link Task}), or one step per window of a long text with the state carried from window to
 * window (min-char-rnn's protocol, the benchmark). A step whose loss, gradient or new weights are not
 * finite is undone and stops training. No clock here: the caller decides how many steps to run.
 */
public final class Trainer {
    /**
     * At H = 16 on "abracadabra" (mean of seeds 1-10, the plain RNN), the loss after 100 / 300 / 1000
     * steps is 0.22 / 0.018 / 0.002 at 0.003, 0.012 / 0.002 / 0.0003 at 0.01, 0.001 / 0.0003 / 0.0001 at
     * 0.03, and under 0.0001 at 0.1, which learns it fastest. But on a 64-symbol text 0.1 stalls near
     * 0.26 nats and 0.3 at 1.28, and 0.03 has loss spikes three times those of 0.01: 0.01 learns both
     * without diverging, and slowly enough to be watched. The gated cells agree: at 0.01 every one is
     * below 0.1 within 100 steps on "abracadabra" and below 0.004 after 1000 on the longer text, where at
     * 0.1 the GRU's loss climbs from 0.001 back to 0.03, and at 0.3 every cell but the selective linear
     * one stalls or spikes.
     */
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_CLIP_THRESHOLD = 5;
    /** Symbols read per window of the windowed protocol (min-char-rnn's seq_length). */
    public static final int WINDOW = 25;

    private final Network network;
    private final Bptt bptt;
    private final Adam adam;
    private final Trajectory trajectory;
    private final Trajectory window;
    /** The state the next window starts from. */
    private final float[] carried;
    private int position;
    private double learningRate = DEFAULT_LEARNING_RATE;
    private boolean clipping = true;
    private double clipThreshold = DEFAULT_CLIP_THRESHOLD;
    private TrainingStep last;
    private TrainingStep fault;

    public Trainer(Network network) {
        this.network = network;
        this.bptt = new Bptt(network);
        this.adam = new Adam(network.params());
        this.trajectory = new Trajectory(network.cell);
        this.window = new Trajectory(network.cell);
        this.carried = new float[network.cell.stateSize()];
    }

    public Network network() {
        return network;
    }

    public double learningRate() {
        return learningRate;
    }

    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || learningRate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the learning rate must be a positive number");
        }
        this.learningRate = learningRate;
    }

    /** Clipping by global norm: on with a threshold, or off. */
    public void setClipping(boolean on, double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("the clipping threshold must be positive");
        }
        this.clipping = on;
        this.clipThreshold = threshold;
    }

    public boolean clipping() {
        return clipping;
    }

    public double clipThreshold() {
        return clipThreshold;
    }

    /**
     * What the next page step depends on besides the weights: the optimizer's state. (The windowed
     * protocol's carried state is the benchmark's; a trainer that faulted is not handed on, as its
     * training has stopped.)
     */
    public void save(Packed out) {
        adam.save(out);
    }

    public void load(Packed in) {
        adam.load(in);
    }

    /** The optimizer steps taken. */
    public int steps() {
        return adam.steps();
    }

    /** The last step taken or tried, or null before the first. */
    public TrainingStep last() {
        return last;
    }

    /** The step that failed, or null: after it, training is stopped and the weights are the last good ones. */
    public TrainingStep fault() {
        return fault;
    }

    /**
     * One step on the whole of {@code symbols}: every symbol but the last predicts the next one, the
     * loss is their mean, backpropagated through every step from an initial state of zeros. After a
     * fault, does nothing and returns the fault again.
     */
    public TrainingStep step(int[] symbols) {
        checkPredictable(symbols.length);
        if (fault != null) {
            return fault;
        }
        trajectory.invalidate();
        network.cell.holdWeights(); // until the gradients are flushed, at the end of the pass
        trajectory.update(symbols);
        return optimize(bptt.lossAndGradients(trajectory, symbols, 1, symbols.length - 1));
    }

    /**
     * One step on {@code symbols} that scores only the predictions of the positions {@code scored}
     * lists (rising, from 1 to the last symbol): the loss is the mean of theirs, backpropagated
     * through every step from an initial state of zeros. The symbols after the last scored one are not
     * read. With every position from 1 on, the bits of {@link #step(int[])}.
     */
    public TrainingStep step(int[] symbols, int[] scored) {
        checkScored(symbols.length, scored);
        if (fault != null) {
            return fault;
        }
        int last = scored[scored.length - 1];
        trajectory.invalidate();
        network.cell.holdWeights();
        trajectory.update(symbols, 0, last);
        return optimize(bptt.lossAndGradients(trajectory, symbols, scored));
    }

    /**
     * {@code windows} steps of the windowed protocol over {@code text}: each window reads WINDOW
     * symbols, predicts the WINDOW symbols that follow each of them, takes one step, and hands its last
     * state to the next window; at the end of the text it starts again from the beginning with a zero
     * state. Returns the symbols read (fewer after a fault).
     */
    public int trainWindows(int[] text, int windows) {
        if (text.length < WINDOW + 1) {
            throw new IllegalArgumentException("the windowed protocol needs at least " + (WINDOW + 1) + " symbols");
        }
        int read = 0;
        for (int w = 0; w < windows && fault == null; w++) {
            if (position + WINDOW + 1 > text.length) {
                position = 0;
                for (int k = 0; k < carried.length; k++) {
                    carried[k] = 0;
                }
            }
            network.cell.holdWeights();
            window.restart(carried, 0);
            window.update(text, position, WINDOW);
            float[] states = window.states();
            int last = window.offset(WINDOW - 1);
            for (int k = 0; k < carried.length; k++) { // a loop: System.arraycopy's checks cost more than the copy
                carried[k] = states[last + k];
            }
            if (optimize(bptt.lossAndGradients(window, text, position + 1, WINDOW)).failed()) {
                break;
            }
            position += WINDOW;
            read += WINDOW;
        }
        return read;
    }

    /** Given a loss and its gradient: clipping, and one Adam step, unless something is not finite. */
    private TrainingStep optimize(double loss) {
        Param[] params = network.params();
        int number = adam.steps() + 1;
        double norm = Gradients.norm(params);
        String overflow = null;
        boolean clipped = false;
        if (!isFinite(loss)) {
            overflow = "the loss";
        } else if (!isFinite(norm)) {
            overflow = "the gradient";
        } else {
            clipped = clipping && Gradients.clip(params, norm, clipThreshold);
            String param = adam.step(learningRate);
            if (param != null) {
                overflow = param;
            }
        }
        last = new TrainingStep(number, loss, norm, clipped,
                overflow == null ? null : "step " + number + ": " + overflow + " overflowed; the step is undone");
        if (overflow != null) {
            fault = last;
        }
        return last;
    }

    private static boolean isFinite(double x) {
        return Math.abs(x) <= Double.MAX_VALUE;
    }

    /** Refuses scored positions that are not rising positions of a symbol after the first. */
    static void checkScored(int length, int[] scored) {
        if (scored.length == 0) {
            throw new IllegalArgumentException("at least one position must be scored");
        }
        int previous = 0;
        for (int p : scored) {
            if (p <= previous || p >= length) {
                throw new IllegalArgumentException("scored positions rise from 1 to " + (length - 1) + "; " + p
                        + " does not");
            }
            previous = p;
        }
    }

    /** Refuses a sequence with nothing to predict. */
    static void checkPredictable(int length) {
        if (length < 2) {
            throw new IllegalArgumentException("learning needs at least two symbols: one to read, one to predict");
        }
    }
}
