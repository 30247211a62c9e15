package rnnplayground.app;

import java.util.function.DoubleSupplier;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trainer;
import rnnplayground.core.TrainingStep;

/**
 * The page's training run: steps of the {@link Trainer} on the current sequence, taken in slices that
 * fit a time budget (the clock comes from outside, as {@link Playback}'s does), so that the page never
 * stalls; the {@link TrainingPlan} a link holds; and the {@link TrainingLog} the chart draws. Opening a
 * link with a plan runs its steps first, in the same order, to the same bits.
 */
public final class Training {
    private final TrainingLog log = new TrainingLog();
    private Trainer trainer;
    private TrainingPlan plan = TrainingPlan.NONE;
    /** A link's plan still being caught up with, or null. */
    private TrainingPlan target;
    private boolean running;
    /** Why training cannot go on (a fault, the step limit, a full plan), or "". */
    private String stop = "";

    public Training(Model model, double learningRate) {
        reset(model, learningRate);
    }

    /** Step 0 on {@code model}'s untrained network. */
    public void reset(Model model, double learningRate) {
        trainer = new Trainer(model.network());
        trainer.setLearningRate(learningRate);
        plan = TrainingPlan.NONE;
        target = null;
        running = false;
        stop = "";
        log.clear();
    }

    public void setLearningRate(double learningRate) {
        trainer.setLearningRate(learningRate);
    }

    /** Runs {@code link}'s steps before anything else (they are taken in slices by {@link #run}). */
    public void follow(TrainingPlan link) {
        target = link.steps() > 0 ? link : null;
    }

    /** Whether a link's steps are still being taken. */
    public boolean catchingUp() {
        return target != null;
    }

    /** The steps a link asked for, or the steps taken when there is no link to catch up with. */
    public int goal() {
        return target != null ? target.steps() : plan.steps();
    }

    public void start() {
        running = stop.isEmpty();
    }

    public void pause() {
        running = false;
    }

    /** Whether steps are wanted: training runs, or a link is caught up with. */
    public boolean busy() {
        return (running || target != null) && stop.isEmpty();
    }

    public boolean running() {
        return running;
    }

    /**
     * The sequence was edited from {@code previous}: the steps taken on it become an earlier text of
     * the plan, and training goes on with the new text. Returns false (and stops training, saying
     * why) when the plan holds all the texts a link can.
     */
    public boolean edited(String previous) {
        TrainingPlan next = plan.edited(previous);
        if (next == null) {
            running = false;
            stop = "A link holds at most " + TrainingSettings.MAX_TEXTS + " texts of one training run: press Reset "
                    + "training to train on this text from the start.";
            return false;
        }
        if (next != plan) {
            log.markEdit();
        }
        plan = next;
        return true;
    }

    /**
     * Takes steps on {@code symbols} (the current sequence) until {@code budgetMs} have passed on
     * {@code clock}, at least one if any is wanted. Returns the steps taken.
     */
    public int run(int[] symbols, DoubleSupplier clock, double budgetMs) {
        double start = clock.getAsDouble();
        int taken = 0;
        while (busy() && (taken == 0 || clock.getAsDouble() - start < budgetMs)) {
            if (!step(symbols)) {
                break;
            }
            taken++;
        }
        return taken;
    }

    /** One step: the next of a link's plan, or one more on the current sequence. */
    private boolean step(int[] symbols) {
        if (target != null && plan.earlier.size() >= target.earlier.size() && plan.current >= target.current) {
            target = null; // caught up
            if (!running) {
                return false;
            }
        }
        if (plan.steps() >= TrainingSettings.MAX_STEPS) {
            running = false;
            target = null;
            stop = "Training stops at " + TrainingSettings.MAX_STEPS + " steps: a link runs every step again when "
                    + "it is opened, and more would keep it waiting.";
            return false;
        }
        int[] text = symbols;
        boolean earlierText = false;
        if (target != null) {
            int index = plan.earlier.size();
            if (index < target.earlier.size()) {
                TrainingPlan.Text next = target.earlier.get(index);
                text = Alphabet.encode(next.sequence);
                earlierText = true;
            }
        }
        if (text.length < 2) {
            running = false;
            target = null;
            return false;
        }
        TrainingStep done = trainer.step(text);
        if (done.failed()) {
            running = false;
            target = null;
            stop = "Training stopped: " + done.fault + ". The weights are those of the step before.";
            return false;
        }
        log.add(done.loss, done.gradientNorm);
        plan = plan.plus(1);
        if (earlierText) {
            TrainingPlan.Text next = target.earlier.get(plan.earlier.size());
            if (plan.current == next.steps) {
                plan = plan.edited(next.sequence);
                log.markEdit();
            }
        }
        return true;
    }

    public TrainingPlan plan() {
        return plan;
    }

    public TrainingLog log() {
        return log;
    }

    /** Why training cannot go on, or "". */
    public String stopReason() {
        return stop;
    }

    /** The last step's loss in nats per symbol, or NaN before the first. */
    public double lastLoss() {
        return log.steps() == 0 ? Double.NaN : log.loss(log.steps() - 1);
    }
}
