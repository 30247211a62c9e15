package rnnplayground.app;

import java.util.function.DoubleSupplier;
import rnnplayground.core.Cells;
import rnnplayground.core.Network;
import rnnplayground.core.Packed;
import rnnplayground.core.Param;
import rnnplayground.core.Prng;
import rnnplayground.core.RecallTask;
import rnnplayground.core.TaskScore;
import rnnplayground.core.TaskScoring;
import rnnplayground.core.TaskSequence;
import rnnplayground.core.TaskTrainer;
import rnnplayground.core.TrainingStep;

/**
 * How far back can each cell remember? Every cell is trained on recall after each gap of the
 * {@link ExperimentSettings} (a symbol, the gap, the cue r, the symbol again: see {@link RecallTask}),
 * with the same hidden size, steps and seeds, then scored on the same held-out sequences. The work is
 * taken in slices ({@link #run(int)}, or {@link #run(DoubleSupplier, double)} within a time budget) of
 * small pieces, a training step or the scoring of {@link #SCORED_AT_ONCE} held-out sequences, so that the
 * page can run it in animation frames or in a worker, showing {@link #progress()}; however it is
 * sliced, the results are the same bits. Points are taken gap after gap, every cell at one gap
 * before the next gap, so that the chart grows evenly and a cancelled run still compares the cells.
 *
 * <p>Network n of every point has its weights drawn from the n-th seed and is trained on sequences drawn
 * from the n-th data seed, both drawn from the settings' seed after the seed of the held-out sequences;
 * it trains with the page's defaults (Adam at learning rate 0.01, the gradient's norm clipped at 5),
 * one fresh sequence a step.
 */
public final class RecallExperiment {
    /** Held-out sequences each network is scored on, the same for every cell at a gap. */
    public static final int HELD_OUT = 256;
    /** Held-out sequences scored in one piece of work: about as long as a training step at H = 16. */
    public static final int SCORED_AT_ONCE = 4;

    private final ExperimentSettings settings;
    private final String[] cells;
    private final ExperimentResult result;
    private final int heldOutSeed;
    private final int[] networkSeeds;
    private final int[] dataSeeds;
    private final TaskSequence[][] heldOut;
    /** The first network of each point once trained, for a look inside it (see {@link #trained}). */
    private final Network[] firstNetworks;
    private final double workTotal;
    private double workDone;
    /** The point being trained: gap after gap, then cell after cell, then network after network. */
    private int point;
    private TaskTrainer trainer;
    private int taken;
    /** The current network's score so far, once it is trained, and the held-out sequences it has. */
    private TaskScoring scoring;
    private int sequencesScored;
    private boolean cancelled;

    /** The experiment on every registered cell. */
    public RecallExperiment(ExperimentSettings settings) {
        this(settings, Cells.keys());
    }

    /** The experiment on the cells {@code cells} (keys of {@link Cells}), in that order. */
    public RecallExperiment(ExperimentSettings settings, String[] cells) {
        for (String cell : cells) {
            Cells.kind(cell); // refuses an unknown key now rather than halfway
        }
        this.settings = settings;
        this.cells = cells.clone();
        this.result = new ExperimentResult(settings, cells, new RecallTask(0).chance());
        Prng seeds = new Prng(settings.seed);
        heldOutSeed = seeds.nextInt();
        networkSeeds = new int[settings.networks];
        dataSeeds = new int[settings.networks];
        for (int n = 0; n < settings.networks; n++) {
            networkSeeds[n] = seeds.nextInt();
            dataSeeds[n] = seeds.nextInt();
        }
        heldOut = new TaskSequence[settings.gapCount()][];
        firstNetworks = new Network[cells.length * settings.gapCount()];
        double total = 0;
        for (int g = 0; g < settings.gapCount(); g++) {
            total += pointWork(g) * cells.length * settings.networks;
        }
        workTotal = total;
    }

    /**
     * Does up to {@code pieces} pieces of work (training steps and scorings of {@link #SCORED_AT_ONCE}
     * held-out sequences), fewer at the end. Returns the pieces done.
     */
    public int run(int pieces) {
        int taken = 0;
        while (taken < pieces && !done()) {
            step();
            taken++;
        }
        return taken;
    }

    /**
     * Does pieces of work until {@code budgetMs} have passed on {@code clock}, at least one unless the
     * experiment is done. Returns the pieces done.
     */
    public int run(DoubleSupplier clock, double budgetMs) {
        double start = clock.getAsDouble();
        int taken = 0;
        while (!done() && (taken == 0 || clock.getAsDouble() - start < budgetMs)) {
            step();
            taken++;
        }
        return taken;
    }

    /** Stops the experiment: no more work is done; what is measured stays. */
    public void cancel() {
        cancelled = true;
        trainer = null;
        scoring = null;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Whether no more work will be done: every point is measured, or the experiment was cancelled. */
    public boolean done() {
        return cancelled || point == points();
    }

    /** The share of the work done, from 0 to 1. */
    public double progress() {
        return workDone / workTotal;
    }

    /**
     * The work done and in all, in steps of one symbol forward: a training step counts three a symbol
     * (forward, back and the update), scoring a held-out sequence one.
     */
    public double workDone() {
        return workDone;
    }

    public double workTotal() {
        return workTotal;
    }

    /** The milliseconds still to go, estimated from the {@code elapsedMs} the work done took; NaN before any. */
    public double estimatedMsLeft(double elapsedMs) {
        return workDone == 0 ? Double.NaN : elapsedMs * (workTotal - workDone) / workDone;
    }

    /** The index of the cell being trained (in {@link ExperimentResult#cell}), or -1 once done. */
    public int currentCell() {
        return done() ? -1 : cellOf(point);
    }

    /** The index of the gap being trained, or -1 once done. */
    public int currentGap() {
        return done() ? -1 : gapOf(point);
    }

    /** Which of the point's networks is being trained, from 0, or -1 once done. */
    public int currentNetwork() {
        return done() ? -1 : point % settings.networks;
    }

    private int cellOf(int p) {
        return p / settings.networks % cells.length;
    }

    private int gapOf(int p) {
        return p / (settings.networks * cells.length);
    }

    /**
     * The work done and the points measured from {@code from} on, each with the first network of its
     * cell and gap, for a copy of this experiment elsewhere (the page, when a worker runs it) to show.
     */
    public void save(Packed out, int from) {
        out.putNumber(workDone);
        out.putNumber(from);
        out.putNumber(point);
        for (int p = from; p < point; p++) {
            int c = cellOf(p);
            int g = gapOf(p);
            int n = p % settings.networks;
            out.putNumber(result.recalled(c, g, n));
            out.putNumber(result.scored(c, g, n));
            out.putNumber(result.loss(c, g, n));
            out.putNumber(result.networkChecksum(c, g, n));
            out.putBoolean(result.failed(c, g, n));
            if (n == 0) {
                for (Param param : trained(c, g).params()) {
                    out.putFloats(param.w);
                }
            }
        }
    }

    /** Reads in what a copy of this experiment measured elsewhere (see {@link #save}), from this one's next point. */
    public void load(Packed in) {
        workDone = in.number();
        int from = in.integer();
        int to = in.integer();
        if (from != point) {
            throw new IllegalStateException("points from " + from + " read after " + point);
        }
        for (int p = from; p < to; p++) {
            int c = cellOf(p);
            int g = gapOf(p);
            int n = p % settings.networks;
            result.record(c, g, n, in.integer(), in.integer(), in.number(), in.integer(), in.bool());
            if (n == 0) {
                Network network = Network.random(cells[c], networkSeeds[n], settings.hiddenSize,
                        Cells.DEFAULT_RECURRENT_SCALE);
                for (Param param : network.params()) {
                    in.floatsInto(param.w);
                }
                firstNetworks[c * settings.gapCount() + g] = network;
            }
        }
        point = to;
    }

    /** The points measured so far (each a network of a cell at a gap, trained and scored). */
    public int pointsMeasured() {
        return point;
    }

    /** The point under way starts again here, its work done so far forgotten (the worker that ran it is gone). */
    public void restartPoint() {
        trainer = null;
        scoring = null;
        double before = 0;
        for (int p = 0; p < point; p++) {
            before += pointWork(gapOf(p));
        }
        workDone = before;
    }

    /** The first network of cell c at gap g as trained, or null before it is. */
    public Network trained(int c, int g) {
        return firstNetworks[c * settings.gapCount() + g];
    }

    public ExperimentResult result() {
        return result;
    }

    public ExperimentSettings settings() {
        return settings;
    }

    private int points() {
        return settings.gapCount() * cells.length * settings.networks;
    }

    /** One piece of work: a training step of the current network, or, once it is trained, a piece of its scoring. */
    private void step() {
        int g = currentGap();
        int c = currentCell();
        int n = currentNetwork();
        int symbols = settings.gap(g) + 2; // read by a training step or a scoring
        if (trainer == null) {
            Network network = Network.random(cells[c], networkSeeds[n], settings.hiddenSize,
                    Cells.DEFAULT_RECURRENT_SCALE);
            trainer = new TaskTrainer(network, new RecallTask(settings.gap(g)), dataSeeds[n]);
            taken = 0;
        }
        if (scoring == null) {
            TrainingStep done = trainer.step();
            taken++;
            workDone += 3.0 * symbols;
            if (done.failed()) {
                workDone += 3.0 * symbols * (settings.steps - taken); // the steps left out
                taken = settings.steps;
            }
            if (taken == settings.steps) {
                scoring = new TaskScoring(trainer.trainer().network());
                sequencesScored = 0;
            }
            return;
        }
        TaskSequence[] sequences = heldOut(g);
        int end = Math.min(sequencesScored + SCORED_AT_ONCE, HELD_OUT);
        for (; sequencesScored < end; sequencesScored++) {
            scoring.add(sequences[sequencesScored]);
            workDone += symbols;
        }
        if (sequencesScored < HELD_OUT) {
            return;
        }
        TaskScore score = scoring.score();
        if (n == 0) {
            firstNetworks[c * settings.gapCount() + g] = trainer.trainer().network();
        }
        result.record(c, g, n, score.right, score.scored, score.loss, trainer.trainer().network().checksum(),
                trainer.trainer().fault() != null);
        trainer = null;
        scoring = null;
        point++;
    }

    private TaskSequence[] heldOut(int g) {
        if (heldOut[g] == null) {
            heldOut[g] = new RecallTask(settings.gap(g)).draw(heldOutSeed, HELD_OUT);
        }
        return heldOut[g];
    }

    /** The work of training and scoring one network at gap g. */
    private double pointWork(int g) {
        return (3.0 * settings.steps + HELD_OUT) * (settings.gap(g) + 2);
    }
}
