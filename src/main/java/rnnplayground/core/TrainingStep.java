package rnnplayground.core;

/** What one training step did: its loss, its gradient's norm, and whether it failed. */
public final class TrainingStep {
    /** The step's number, counted from 1. */
    public final int step;
    /** The mean loss in nats per predicted symbol, with the weights before the step. */
    public final double loss;
    /** The global norm of the gradient, before clipping. */
    public final double gradientNorm;
    public final boolean clipped;
    /** Null, or what overflowed; the step was then undone and training stopped. */
    public final String fault;

    TrainingStep(int step, double loss, double gradientNorm, boolean clipped, String fault) {
        this.step = step;
        this.loss = loss;
        this.gradientNorm = gradientNorm;
        this.clipped = clipped;
        this.fault = fault;
    }

    public boolean failed() {
        return fault != null;
    }
}
