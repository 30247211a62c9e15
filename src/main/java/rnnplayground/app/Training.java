package rnnplayground.app;

import java.util.function.DoubleSupplier;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Packed;
import rnnplayground.core.Prng;
import rnnplayground.core.Task;
import rnnplayground.core.TaskSequence;
import rnnplayground.core.Trainer;
import rnnplayground.core.TrainingStep;

/**
 * The page's training run: steps of the {@link Trainer} on the current sequence, taken in slices that
 * fit a time budget (the clock comes from outside, as {@link Playback}'s does), so that the page never
 * stalls; the {@link TrainingPlan} a link holds; and the {@link TrainingLog} the chart draws. Opening a
 * link with a plan runs its steps first, in the same order and at the same rates, to the same bits.
 * On a task (see {@link TaskChoice}) each step draws the task's next sequence from a generator seeded
 * by the weights' seed, so that a link's steps draw the same sequences again; a plan never mixes tasks,
 * as a new task means new networks (see {@link Lanes#apply}).
 * A run whose loss diverges, or whose values overflow, stops with the last good weights put back
 * ({@link DivergenceWatch}).
 */
public final class Training {
    /** After an edit, training waits this long for the next keystroke, so that a word typed is one new text. */
    public static final double EDIT_HOLD_MS = 600;

    private final TrainingLog log = new TrainingLog();
    private final Plateau plateau = new Plateau();
    private Trainer trainer;
    private DivergenceWatch watch;
    private TrainingPlan plan = TrainingPlan.NONE;
    /** The learning rate and clipping of the current part. */
    private StepSettings settings;
    /** A link's plan still being caught up with, or null, and the link's own sequence and settings. */
    private TrainingPlan target;
    private String targetSequence;
    private StepSettings targetSettings;
    private boolean running;
    /** No step before this time on the clock (an edit is being typed). */
    private double heldUntil = Double.NEGATIVE_INFINITY;
    /** Why training cannot go on (a fault, the step limit, a full plan), or "". */
    private String stop = "";
    /** What the steps train on, the seed of its sequences, their generator, and the task of the text last trained on. */
    private TaskChoice task = TaskChoice.FREE_TEXT;
    private int taskSeed;
    private Prng draws = new Prng(0);
    private Task taskNow;
    private String taskText;

    public Training(Model model, StepSettings settings) {
        reset(model, settings);
    }

    /** Step 0 on {@code model}'s untrained network. */
    public void reset(Model model, StepSettings next) {
        trainer = new Trainer(model.network());
        watch = new DivergenceWatch(model.network().params());
        settings = next;
        plan = TrainingPlan.NONE;
        target = null;
        running = false;
        stop = "";
        heldUntil = Double.NEGATIVE_INFINITY;
        log.clear();
        plateau.clear();
        draws = new Prng(taskSeed);
    }

    /** The steps train on {@code choice}, its sequences drawn from {@code seed} from the first step on. */
    public void setTask(TaskChoice choice, int seed) {
        task = choice;
        taskSeed = seed;
        taskNow = null;
        draws = new Prng(seed);
    }

    /**
     * Runs {@code link}'s steps before anything else (they are taken in slices by {@link #run}), its
     * current part on {@code sequence}, the link's own, even if the box is edited meanwhile.
     */
    public void follow(TrainingPlan link, String sequence) {
        target = link.steps() > 0 ? link : null;
        targetSequence = sequence;
        targetSettings = settings;
    }

    /** Whether a link's steps are still being taken. */
    public boolean catchingUp() {
        return target != null;
    }

    /** The steps a link asked for while catching up with it, or the steps taken. */
    public int goal() {
        return target != null ? target.steps() : plan.steps();
    }

    /** Trains on; after the loss had stopped falling, for another {@link Plateau#WINDOW} steps at least. */
    public void start() {
        running = stop.isEmpty();
        if (plateau.reached()) {
            plateau.restart();
        }
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
     * The sequence was edited from {@code previous}: the steps taken on it become an earlier part of
     * the plan, and training goes on with the new text once the typing has paused ({@code now} on the
     * clock is the edit's time). Returns false (and stops training, saying why) when the plan is full.
     */
    public boolean edited(String previous, double now) {
        if (!task.readsText()) {
            return true; // the task's sequences are its own: the box's text is not trained on
        }
        heldUntil = now + EDIT_HOLD_MS;
        return target != null || endPart(previous, settings); // a link's part ends once it is caught up
    }

    /** New settings for the steps to come; {@code sequence} is the current one. */
    public boolean setSettings(StepSettings next, String sequence) {
        if (next.equals(settings)) {
            return true;
        }
        boolean kept = target != null || endPart(sequence, settings);
        settings = next;
        return kept;
    }

    /** The steps of the current part, taken on {@code sequence} with {@code partSettings}, become an earlier part. */
    private boolean endPart(String sequence, StepSettings partSettings) {
        TrainingPlan next = plan.edited(sequence, partSettings);
        if (next == null) {
            running = false;
            stop = "A link holds at most " + TrainingSettings.MAX_TEXTS + " parts of one training run: press "
                    + "Reset training to train from the start.";
            return false;
        }
        if (next != plan) {
            newPart();
        }
        plan = next;
        return true;
    }

    private void newPart() {
        log.markEdit();
        watch.newPart();
    }

    /**
     * Takes steps on {@code sequence} (the current one) until {@code budgetMs} have passed on
     * {@code clock} or, once a link is caught up with, {@code pace} steps are taken: at least one if
     * any is wanted and none is held. Returns the steps taken.
     */
    public int run(String sequence, DoubleSupplier clock, double budgetMs, int pace) {
        double start = clock.getAsDouble();
        if (start < heldUntil && target == null) {
            return 0;
        }
        int[] symbols = Alphabet.encode(sequence);
        int taken = 0;
        while (busy() && (taken == 0 || clock.getAsDouble() - start < budgetMs && (target != null || taken < pace))) {
            if (!step(sequence, symbols)) {
                break;
            }
            taken++;
        }
        return taken;
    }

    /**
     * Takes exactly {@code count} steps on {@code sequence} (fewer if training stops), whatever the
     * clock: a second network keeping step with the first.
     */
    public int steps(String sequence, int count) {
        int[] symbols = Alphabet.encode(sequence);
        int taken = 0;
        while (taken < count && busy() && step(sequence, symbols)) {
            taken++;
        }
        return taken;
    }

    /** One step: the next of a link's plan, or one more on the current sequence. */
    private boolean step(String sequence, int[] symbols) {
        if (target != null && plan.earlier.size() >= target.earlier.size() && plan.current >= target.current) {
            caughtUp(sequence);
            if (!running) {
                return false;
            }
        }
        if (plan.steps() >= TrainingSettings.MAX_STEPS) {
            return halt("Training stops at " + NumberText.grouped(TrainingSettings.MAX_STEPS) + " steps: a link runs every step again "
                    + "when it is opened, and more would keep it waiting.");
        }
        TrainingPlan.Text part = target != null && plan.earlier.size() < target.earlier.size()
                ? target.earlier.get(plan.earlier.size()) : null;
        int[] text = part != null ? Alphabet.encode(part.sequence)
                : target != null && !sequence.equals(targetSequence) ? Alphabet.encode(targetSequence) : symbols;
        if (text.length < 2 && task.readsText()) {
            return halt("");
        }
        StepSettings now = part != null ? part.settings : target != null ? targetSettings : settings;
        trainer.setLearningRate(now.learningRateValue());
        trainer.setClipping(now.clipThreshold() > 0, now.clipThreshold() > 0 ? now.clipThreshold() : 1);
        TrainingStep done = task.isFreeText() ? trainer.step(text)
                : taskStep(part != null ? part.sequence : target != null ? targetSequence : sequence);
        if (done.failed()) {
            return diverged(now, " (" + done.fault + ")");
        }
        log.add(done.loss, done.gradientNorm);
        plateau.add(done.loss);
        plan = plan.plus(1);
        if (watch.diverged(done.step, done.loss)) {
            return diverged(now, "");
        }
        if (part != null && plan.current == part.steps) {
            plan = plan.edited(part.sequence, part.settings);
            newPart();
        }
        return true;
    }

    /** One step on the task's next sequence; a noisy text is {@code text} with noise. */
    private TrainingStep taskStep(String text) {
        if (taskNow == null || task.readsText() && !text.equals(taskText)) {
            taskNow = task.task(text);
            taskText = text;
        }
        TaskSequence drawn = taskNow.draw(draws);
        return trainer.step(drawn.symbols, drawn.scored);
    }

    /**
     * Everything the next steps depend on but the weights (which {@link Lanes} writes), for another
     * thread to go on from: the optimizer, the watches, the plan, the link being caught up with, and a
     * hold as the time left of it at {@code now}; the log from step {@code logFrom} into {@code logs}
     * (which may be {@code out}).
     */
    void save(Packed out, Packed logs, double now, int logFrom) {
        trainer.save(out);
        watch.save(out);
        plateau.save(out);
        log.save(logs, logFrom);
        out.putText(plan.text());
        save(out, settings);
        out.putBoolean(target != null);
        if (target != null) {
            out.putText(target.text());
            out.putText(targetSequence);
            save(out, targetSettings);
        }
        out.putBoolean(running);
        out.putNumber(heldUntil - now);
        out.putText(stop);
        out.putNumber(draws.state());
    }

    /** What {@link #save} wrote, on this thread's clock at {@code now}; the log from {@code logs}, unless null (read in before). */
    void load(Packed in, Packed logs, double now) {
        trainer.load(in);
        watch.load(in);
        plateau.load(in);
        if (logs != null) {
            log.load(logs);
        }
        plan = parsed(in.text());
        settings = settings(in);
        target = null;
        if (in.bool()) {
            target = parsed(in.text());
            targetSequence = in.text();
            targetSettings = settings(in);
        }
        running = in.bool();
        heldUntil = now + in.number();
        stop = in.text();
        draws = new Prng(in.integer());
        taskNow = null;
    }

    private static void save(Packed out, StepSettings settings) {
        out.putNumber(settings.learningRate);
        out.putNumber(settings.clip);
    }

    private static StepSettings settings(Packed in) {
        return new StepSettings(in.integer(), in.integer());
    }

    private static TrainingPlan parsed(String text) {
        TrainingPlan plan = TrainingPlan.parse(text);
        if (plan == null) {
            throw new IllegalStateException("a training plan that does not read back: " + text);
        }
        return plan;
    }

    /**
     * Stops catching up with a link ({@code sequence} is the current one): the steps taken so far stay
     * the plan's, and training pauses.
     */
    void stopCatchingUp(String sequence) {
        if (target != null) {
            caughtUp(sequence);
        }
        running = false;
    }

    /** The link's steps are taken (or no more will be); if the box or the settings changed meanwhile, a new part begins. */
    private void caughtUp(String sequence) {
        target = null;
        if (!sequence.equals(targetSequence) && task.readsText() || !settings.equals(targetSettings)) {
            endPart(targetSequence, targetSettings);
        }
    }

    /** The task the steps train on. */
    public TaskChoice task() {
        return task;
    }

    /**
     * The loss diverged, or a value overflowed ({@code why}): training stops with the last good
     * weights put back. Returns true, a step taken, so that the caller shows those weights.
     */
    private boolean diverged(StepSettings now, String why) {
        int step = watch.restore();
        halt("The loss diverged" + why + ": lower the learning rate (now "
                + TrainingSettings.LEARNING_RATE_TEXTS[now.learningRate] + ") and reset training. The weights are"
                + " those of step " + NumberText.grouped(step) + ", the last good ones.");
        return true;
    }

    /** Training cannot go on: says why (or nothing, when there is simply nothing to predict). */
    private boolean halt(String reason) {
        running = false;
        target = null;
        stop = reason;
        return false;
    }

    public TrainingPlan plan() {
        return plan;
    }

    public TrainingLog log() {
        return log;
    }

    /** Whether the loss has stopped falling (see {@link Plateau}). */
    public boolean plateaued() {
        return plateau.reached();
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
