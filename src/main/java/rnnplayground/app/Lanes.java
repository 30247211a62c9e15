package rnnplayground.app;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import rnnplayground.core.Packed;
import rnnplayground.core.Param;

/**
 * The networks the page shows: the state's cell, and the cell it is compared with, if any; each with
 * its model and its training. Both train in step, on the same texts with the same settings, so that
 * one training plan in the link holds them both.
 */
public final class Lanes {
    private Model[] models;
    private Training[] trainings;
    /** The state the models were last brought to. */
    private PageState last;
    /** Whether training paused by itself because the loss had stopped falling in every lane. */
    private boolean plateaued;
    /** Counts the changes made here other than steps: a copy of the lanes elsewhere is out of date once it moves. */
    private int version;
    /** A later state of the lanes, trained elsewhere, read in before anything changes here (see {@link #park}), or null. */
    private Supplier<Packed> parked;
    private int parkedSteps;
    /** Whether anyone sees the models' values: a worker's lanes only train, and leave them as they were. */
    private boolean shown = true;

    /** Networks set aside, with their training (weights, optimizer, plan, log), exactly as they were. */
    public static final class Kept {
        private final Model[] models;
        private final Training[] trainings;
        private final PageState last;

        private Kept(Model[] models, Training[] trainings, PageState last) {
            this.models = models;
            this.trainings = trainings;
            this.last = last;
        }

        /** The steps the first network was trained for. */
        public int steps() {
            return trainings[0].plan().steps();
        }
    }

    public Lanes(PageState state) {
        build(state);
    }

    /**
     * Lanes that only train, for another thread (a worker) that shows nothing: their models' trajectories
     * and predictions are left as they were built, not computed again after each slice of steps, which
     * would cost a forward pass over the sequence each time. The weights and the training are the same bits.
     */
    public static Lanes unseen(PageState state) {
        Lanes lanes = new Lanes(state);
        lanes.shown = false;
        return lanes;
    }

    private void build(PageState state) {
        last = state;
        plateaued = false;
        int count = state.compare.isEmpty() ? 1 : 2;
        models = new Model[count];
        trainings = new Training[count];
        for (int k = 0; k < count; k++) {
            models[k] = new Model(state, k == 1);
            trainings[k] = new Training(models[k], state.stepSettings());
            trainings[k].setTask(state.task, state.seed);
        }
    }

    public int count() {
        return models.length;
    }

    public Model model(int lane) {
        return models[lane];
    }

    /** The models, a lane each, for what is measured on all of them. */
    Model[] models() {
        return models;
    }

    public Training training(int lane) {
        return trainings[lane];
    }

    /** The first lane's training: its plan and log are those the page shows and links. */
    public Training first() {
        return trainings[0];
    }

    /**
     * Brings the models to {@code state}; returns the first step whose values may have changed. A new
     * cell, compared cell, seed, hidden size, recurrent scale or task means new networks: every lane
     * starts its training again, so that the lanes always train side by side from the same start (and
     * a training plan never mixes tasks).
     */
    public int apply(PageState state) {
        changing();
        if (!state.cell.equals(last.cell) || !state.compare.equals(last.compare) || state.seed != last.seed
                || state.hiddenSize != last.hiddenSize || state.recurrentScale != last.recurrentScale
                || !state.task.equals(last.task)) {
            build(state);
            return 0;
        }
        last = state;
        int from = models[0].apply(state);
        for (int k = 1; k < models.length; k++) {
            from = Math.min(from, models[k].apply(state));
        }
        return from;
    }

    /** Whether any lane has taken a training step (a link's included): new networks would lose them. */
    public boolean trained() {
        return parked != null || trainings[0].log().steps() > 0;
    }

    /** The networks as they are, paused, to be brought back by {@link #restore} after new ones are built. */
    public Kept keep() {
        changing();
        pause();
        return new Kept(models, trainings, last);
    }

    /** The networks {@code kept}, exactly as they were, brought to {@code state}'s sequence. */
    public void restore(Kept kept, PageState state) {
        changing();
        models = kept.models;
        trainings = kept.trainings;
        last = kept.last;
        plateaued = false;
        apply(state);
    }

    /** Step 0 for every lane on its model's current (maybe new) weights. */
    public void resetTraining(PageState state) {
        changing();
        for (int k = 0; k < models.length; k++) {
            trainings[k].reset(models[k], state.stepSettings());
        }
    }

    /** Reset training: the seeds' random weights again, step 0. */
    public void reset(PageState state) {
        changing();
        for (Model model : models) {
            model.reset();
        }
        resetTraining(state);
        plateaued = false;
    }

    public void follow(TrainingPlan plan, String sequence) {
        changing();
        for (Training training : trainings) {
            training.follow(plan, sequence);
        }
    }

    public void start() {
        changing();
        plateaued = false;
        for (Training training : trainings) {
            training.start();
        }
    }

    public void pause() {
        changing();
        for (Training training : trainings) {
            training.pause();
        }
    }

    public void edited(String previous, double now) {
        changing();
        for (Training training : trainings) {
            training.edited(previous, now);
        }
    }

    public void setSettings(StepSettings settings, String sequence) {
        changing();
        for (Training training : trainings) {
            training.setSettings(settings, sequence);
        }
    }

    /**
     * Steps for every lane: the first as {@link Training#run} takes them, the others as many; if one
     * stops, all pause; once the loss has stopped falling in every lane, training pauses by itself
     * (a link's steps are all taken first). Returns the steps taken.
     */
    public int run(String sequence, DoubleSupplier clock, double budgetMs, int pace) {
        unpark();
        int taken = trainings[0].run(sequence, clock, budgetMs, pace);
        for (int k = 1; k < trainings.length; k++) {
            trainings[k].steps(sequence, taken);
        }
        if (!stopReason().isEmpty()) {
            pause();
        } else if (trainings[0].running() && !trainings[0].catchingUp() && everyLanePlateaued()) {
            pause();
            plateaued = true;
        }
        if (taken > 0 && shown) {
            for (Model model : models) {
                model.weightsChanged();
            }
        }
        return taken;
    }

    /** Stops catching up with a link where it is (see {@link Training#stopCatchingUp}). */
    public void stopCatchingUp(String sequence) {
        changing();
        for (Training training : trainings) {
            training.stopCatchingUp(sequence);
        }
    }

    /** Counts the changes other than steps taken or read in: see {@link #save}. */
    public int version() {
        return version;
    }

    private void changing() {
        unpark();
        version++;
    }

    /**
     * The lanes' training as it stands, for a copy elsewhere to go on from ({@code now} on this
     * thread's clock): each lane's weights and {@link Training#save}, its log from {@code logFrom[lane]}.
     * A copy of the same page state, once it has read this in, takes the same steps to the same bits.
     */
    public void save(Packed out, double now, int[] logFrom) {
        save(out, out, now, logFrom);
    }

    /** The same, the logs written apart into {@code logs}: they can be read in while the rest is parked (see {@link #park}). */
    public void save(Packed out, Packed logs, double now, int[] logFrom) {
        unpark();
        out.putBoolean(plateaued);
        for (int k = 0; k < models.length; k++) {
            for (Param param : models[k].network().params()) {
                out.putFloats(param.w);
            }
            trainings[k].save(out, logs, now, logFrom[k]);
        }
    }

    /**
     * Reads in what {@link #save} wrote from lanes of the same page state (on this thread's clock at
     * {@code now}); returns the steps the first lane has taken since.
     */
    public int load(Packed in, double now) {
        return load(in, in, now);
    }

    /** What {@link #save} wrote with its logs apart; {@code logs} null when they were read in already (see {@link #park}). */
    public int load(Packed in, Packed logs, double now) {
        parked = null;
        int before = trainings[0].log().steps();
        plateaued = in.bool();
        for (int k = 0; k < models.length; k++) {
            for (Param param : models[k].network().params()) {
                in.floatsInto(param.w);
            }
            trainings[k].load(in, logs, now);
            if (shown) {
                models[k].weightsChanged();
            }
        }
        return trainings[0].log().steps() - before;
    }

    /**
     * Holds a later state of these lanes ({@code steps} taken by then) without reading it in: what is
     * shown stays as it is until {@link #load}, or until anything changes here, which reads it in first.
     * Its {@code logs} (saved apart) are read in now: the loss of every step is drawn as it comes.
     */
    public void park(Supplier<Packed> state, Packed logs, int steps) {
        for (Training training : trainings) {
            training.log().load(logs);
        }
        parked = state;
        parkedSteps = steps;
    }

    /** The steps taken, counting those of a parked state. */
    public int stepsTaken() {
        return parked != null ? parkedSteps : trainings[0].plan().steps();
    }

    /** Reads in a parked state now (see {@link #park}): what is shown catches up with the steps taken. */
    public void unpark() {
        if (parked != null) {
            Supplier<Packed> state = parked;
            parked = null;
            load(state.get(), null, Double.NEGATIVE_INFINITY); // a link being caught up with: no edit holds its steps
        }
    }

    private boolean everyLanePlateaued() {
        for (Training training : trainings) {
            if (!training.plateaued()) {
                return false;
            }
        }
        return true;
    }

    /** Whether training paused by itself because the loss had stopped falling (Train goes on). */
    public boolean plateaued() {
        return plateaued;
    }

    public boolean busy() {
        return trainings[0].busy() && stopReason().isEmpty();
    }

    /** The first reason any lane gives for stopping, or "". */
    public String stopReason() {
        for (int k = 0; k < trainings.length; k++) {
            String reason = trainings[k].stopReason();
            if (!reason.isEmpty()) {
                return trainings.length > 1 ? models[k].network().cell.displayName() + ": " + reason : reason;
            }
        }
        return "";
    }
}
