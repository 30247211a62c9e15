package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import rnnplayground.core.Alphabet;
import rnnplayground.core.CellKind;
import rnnplayground.core.Packed;
import rnnplayground.core.Trajectory;

/**
 * The widget's whole state, one value that every view follows: the page state (what a link holds),
 * the networks on show and their training, the replay's position, the chosen value, the last edit and
 * what is measured on the networks. It changes only through the operations below; after each, every
 * view that {@link #subscribe}d is handed the state and a {@link Change} that says what the operation
 * invalidated ({@link Change#between} is the rule for the page state's fields). The clock comes from
 * outside, so the whole of it runs on the JVM.
 */
public final class WidgetState implements LanesShown {
    /** A view of the widget: draws what a change invalidated, reading everything else from the state. */
    public interface View {
        void show(WidgetState widget, Change change);
    }

    /** While training, the address, the sample and ρ's readout follow at most this often. */
    private static final double SLOW_FOLLOW_MS = 1000;
    /** What a new layout measures on the grids: see {@link #measureLayout}. */
    private static final int MEASURED = Change.REACH | Change.MEMORY | Change.CHOICE | Change.SAMPLE;

    private final DoubleSupplier clock;
    private final List<View> views = new ArrayList<>();
    private final Lanes lanes;
    private final Playback playback = new Playback();
    private final Measures measures = new Measures();
    /** The measured rows while training, a piece a frame. */
    private final MeasureRounds rounds = new MeasureRounds();
    private PageState page;
    private Choice choice = Choice.NONE;
    /** Whether the chosen value's arithmetic shows: closing it keeps the value chosen. */
    private boolean panelOpen;
    /** Trained networks set aside by new ones (Undo brings them back), the page they belong to, and why; or null. */
    private Lanes.Kept setAside;
    private PageState setAsideFrom;
    private String setAsideSentence = "";
    /** The first step the last edit changed, while its outline shows; -1 otherwise. */
    private int changedFrom = -1;
    private String editSentence = "";
    private boolean perDimension;
    /** Whether training wanted steps when the views were last shown: its end is a change too. */
    private boolean busy;
    private boolean started;
    private double followedAt = Double.NEGATIVE_INFINITY;
    private double sampledAt = Double.NEGATIVE_INFINITY;
    private double memoryAt = Double.NEGATIVE_INFINITY;
    private int slowTurn;
    /** Why training stopped where the widget does not see it (its worker failed), or "". */
    private String halted = "";
    /** A state read in by {@link #adoptTraining} waits for what follows training loosely. */
    private boolean followPending;

    /** The widget of {@code page} (a link's training plan is run first, by {@link #trainFrame}). */
    public WidgetState(PageState page, DoubleSupplier clock) {
        this.page = page;
        this.clock = clock;
        lanes = new Lanes(page);
        lanes.follow(page.training, page.sequence);
        measures.networks(lanes.models());
        rounds.networks(lanes.models());
    }

    /**
     * {@code view} is shown every change from now on, after the views subscribed before it; once the
     * widget has started, it is shown everything at once.
     */
    public void subscribe(View view) {
        views.add(view);
        if (started) {
            view.show(this, new Change(Change.ALL, 0));
        }
    }

    /** Shows every view everything. */
    public void start() {
        started = true;
        playback.showAll(steps());
        notify(measureLayout(Change.ALL), 0);
    }

    public PageState page() {
        return page;
    }

    public Lanes lanes() {
        return lanes;
    }

    @Override
    public int laneCount() {
        return lanes.count();
    }

    @Override
    public Model model(int lane) {
        return lanes.model(lane);
    }

    @Override
    public boolean gatesShown() {
        return page.gates;
    }

    @Override
    public int colour() {
        return page.colour;
    }

    @Override
    public int feeding(int lane) {
        return choice.ofState() && choice.lane == lane ? choice.step - 1 : -1;
    }

    /** The first lane's trajectory: the one the table, the letters and the replay follow. */
    public Trajectory trajectory() {
        return lanes.model(0).trajectory();
    }

    public int steps() {
        return trajectory().steps();
    }

    @Override
    public Playback playback() {
        return playback;
    }

    public Choice choice() {
        return choice;
    }

    /** Whether the chosen value's arithmetic is open (a value may stay chosen with it closed). */
    public boolean panelOpen() {
        return panelOpen && choice.isMade();
    }

    /** Why trained networks were set aside, for the status beside Undo; "" when none are. */
    public String setAsideSentence() {
        return setAside == null ? "" : setAsideSentence;
    }

    @Override
    public Measures measures() {
        return measures;
    }

    /** The first step the last edit changed, while its outline shows; -1 otherwise. */
    @Override
    public int changedFrom() {
        return changedFrom;
    }

    /** What the last edit changed, in a sentence, or "" once put away. */
    public String editSentence() {
        return editSentence;
    }

    /** Whether the influence rows are also shown dimension by dimension. */
    @Override
    public boolean perDimension() {
        return perDimension;
    }

    // The sequence and its edits.

    /** The sequence in the box is now {@code sequence}. */
    public void edit(String sequence) {
        String previous = page.sequence;
        Trajectory before = trajectory();
        float[] beforeStates = before.states().clone();
        int beforeSteps = before.steps();
        page = page.withSequence(sequence).with(b -> b.open(OpenCell.NONE));
        choice = Choice.NONE;
        panelOpen = false;
        dropSetAside();
        int from = lanes.apply(page);
        lanes.edited(previous, clock.getAsDouble());
        followTraining();
        int steps = steps();
        changedFrom = from < steps ? from : -1;
        if (changedFrom >= 0) {
            measures.editReach(beforeStates, beforeSteps, trajectory(), from);
        }
        editSentence = ChangeReach.sentence(from, steps);
        playback.showAll(steps);
        notify(measureLayout(Change.LINK | Change.LAYOUT | Change.VALUES | Change.POSITION | Change.EDIT
                | Change.TRAINING), from);
    }

    /** The edit's outline and sentence are put away: the reach row shows the first symbol's again. */
    public void dismissEdit() {
        changedFrom = -1;
        editSentence = "";
        measures.firstSymbolReach(lanes.models(), false);
        notify(Change.EDIT | Change.REACH, 0);
    }

    // The settings: each a change of the page state, which Change.between judges.

    /** The cell; a cell compared with itself shows nothing new, so choosing the compared one ends the comparison. */
    public void setCell(String key) {
        change(b -> b.cell(key).compare(key.equals(page.compare) ? "" : page.compare));
    }

    /** The cell compared with the first, or "" for none. */
    public void setCompare(String key) {
        change(b -> b.compare(key));
    }

    public void setGates(boolean shown) {
        change(b -> b.gates(shown));
    }

    public void setHiddenSize(int size) {
        change(b -> b.hiddenSize(size));
    }

    public void setSeed(int seed) {
        change(b -> b.seed(seed));
    }

    /** ρ, by its index in {@link CellSettings#RECURRENT_SCALE_TEXTS}. */
    public void setRecurrentScale(int index) {
        change(b -> b.recurrentScale(index));
    }

    /** The sample's temperature, by its index in {@link SampleSettings#TEMPERATURE_TEXTS}. */
    public void setTemperature(int index) {
        change(b -> b.temperature(index));
    }

    public void setSampleSeed(int seed) {
        change(b -> b.sampleSeed(seed));
    }

    /** The dimension the letters are coloured by, or -1. */
    public void colourBy(int dimension) {
        change(b -> b.colour(dimension));
    }

    /** Whether the state-space plot is shown (the link says so). */
    public void showSpace(boolean shown) {
        change(b -> b.space(shown));
    }

    /** What the networks train on: a new task means new networks, trained from the start. */
    public void setTask(TaskChoice task) {
        change(b -> b.task(task));
    }

    /** Runs the recall experiment of {@code settings}: the link holds it; asked again, it runs again. */
    public void runExperiment(ExperimentSettings settings) {
        page = page.with(b -> b.experiment(settings.text()));
        notify(Change.LINK | Change.EXPERIMENT, 0);
    }

    /** Cancels the recall experiment: what it measured stays on show, and the link no longer holds it. */
    public void cancelExperiment() {
        change(b -> b.experiment(""));
    }

    /** Which symbol's detectors are ranked, or -1: what a link keeps of the choice. */
    public void setDetector(int symbol) {
        change(b -> b.detector(symbol));
    }

    /** The folding panels open now, a set of {@link Panels}: what a link keeps of them. */
    public void setPanels(int panels) {
        if (panels != page.panels) {
            change(b -> b.panels(panels));
        }
    }

    /**
     * A change of the page state. New networks set trained ones aside first (Undo brings them back), and
     * keep the chosen value where they have it.
     */
    private void change(Consumer<PageState.Builder> edit) {
        PageState before = page;
        PageState next = page.with(edit);
        int flags = Change.between(page, next);
        page = next;
        if ((flags & Change.NETWORKS) != 0) {
            if (lanes.trained()) {
                setAside = lanes.keep();
                setAsideFrom = before;
            }
            if (setAside != null) {
                setAsideSentence = TrainingText.setAside(setAsideFrom, page, setAside.steps());
            }
            lanes.apply(page);
            newNetworks();
            changedFrom = -1;
            editSentence = "";
        }
        if ((flags & Change.LAYOUT) != 0) {
            playback.showAll(steps());
            flags = measureLayout(flags | Change.POSITION);
        }
        notify(flags, 0);
    }

    /** What follows new networks (a change of setting, or Undo): their measures, and the choice where they still have it. */
    private void newNetworks() {
        measures.networks(lanes.models());
        rounds.networks(lanes.models());
        followTraining();
        if (!stillThere(choice)) {
            choice = Choice.NONE;
        }
        page = page.with(b -> b.colour(page.colour < page.hiddenSize ? page.colour : -1).open(choice.link()));
    }

    /** Whether the networks on show have {@code chosen}'s value: its lane, its grid, its row and its step. */
    private boolean stillThere(Choice chosen) {
        if (!chosen.isMade() || chosen.lane >= lanes.count() || chosen.step >= steps()) {
            return false;
        }
        CellKind kind = lanes.model(chosen.lane).network().cell.kind();
        switch (chosen.grid) {
            case PREDICTIONS:
                return chosen.row < Alphabet.SIZE;
            case STATE:
                return chosen.index < kind.furtherState.length && chosen.row < page.hiddenSize;
            case GATE:
                return page.gates && chosen.index < kind.gates.length && chosen.row < page.hiddenSize;
            default:
                return chosen.row < page.hiddenSize;
        }
    }

    /** Brings back the trained networks new ones set aside, exactly as they were: weights, optimizer, plan, log. */
    public void undoNetworks() {
        if (setAside == null) {
            return;
        }
        PageState from = setAsideFrom;
        page = page.with(b -> b.cell(from.cell).compare(from.compare).seed(from.seed).hiddenSize(from.hiddenSize)
                .recurrentScale(from.recurrentScale).learningRate(from.learningRate).clip(from.clip)
                .training(from.training).colour(page.colour < from.hiddenSize ? page.colour : from.colour));
        lanes.restore(setAside, page);
        dropSetAside();
        newNetworks();
        playback.showAll(steps());
        notify(measureLayout(Change.NETWORKS | Change.LAYOUT | Change.VALUES | Change.POSITION | Change.SETTINGS
                | Change.TRAINING | Change.EDIT | Change.COLOURING | Change.LINK), 0);
    }

    private void dropSetAside() {
        setAside = null;
        setAsideFrom = null;
        setAsideSentence = "";
    }

    // The chosen value.

    /** Chooses a value: its arithmetic opens and the influence rows are of it (a measured row's has none). */
    public void openCell(Choice chosen) {
        if (chosen.isMade() && !chosen.grid.hasArithmetic()) {
            return;
        }
        choice = chosen;
        panelOpen = chosen.isMade();
        page = page.with(b -> b.open(chosen.link()));
        measures.influence(lanes.models(), choice);
        notify(Change.CHOICE | Change.LINK, 0);
    }

    /** The arithmetic closes; the value stays chosen, its outline, its influence rows and the link's open= too. */
    public void closePanel() {
        if (panelOpen) {
            panelOpen = false;
            notify(Change.CHOICE, 0);
        }
    }

    /** No value is chosen any more: the influence rows are of the loss again. */
    public void clearChoice() {
        openCell(Choice.NONE);
    }

    /** Keeps the first lane's influence row as it is now, to compare with after a change (of ρ, say). */
    public void pinInfluence() {
        measures.pin(page, lanes);
        notify(Change.CHOICE, 0);
    }

    public void unpinInfluence() {
        measures.unpin();
        notify(Change.CHOICE, 0);
    }

    public void setPerDimension(boolean shown) {
        perDimension = shown;
        measures.influence(lanes.models(), choice);
        notify(Change.CHOICE, 0);
    }

    // The replay.

    /** Replays from the first step, or, without animation, shows every step at once. */
    public void replay(boolean animate) {
        if (animate) {
            playback.replay(clock.getAsDouble());
        } else {
            playback.showAll(playback.steps());
        }
        notify(Change.POSITION, 0);
    }

    /** Plays or pauses; without animation, playing shows every step at once. */
    public void togglePlay(boolean animate) {
        if (!animate && !playback.isPlaying()) {
            playback.showAll(playback.steps());
        } else {
            playback.toggle(clock.getAsDouble());
        }
        notify(Change.POSITION, 0);
    }

    public void stepForward() {
        playback.stepForward();
        notify(Change.POSITION, 0);
    }

    public void stepBack() {
        playback.stepBack();
        notify(Change.POSITION, 0);
    }

    /** Shows the first {@code columns} steps, playing none. */
    public void scrubTo(int columns) {
        playback.scrubTo(columns);
        notify(Change.POSITION, 0);
    }

    /** Step t becomes the step being read: every view marks it. */
    public void selectStep(int t) {
        scrubTo(t + 1);
    }

    public void setSpeed(double stepsPerSecond) {
        playback.setSpeed(stepsPerSecond);
        notify(Change.POSITION, 0);
    }

    /** The replay follows the clock. */
    public void tick() {
        if (playback.tick(clock.getAsDouble())) {
            notify(Change.POSITION, 0);
        }
    }

    /** The grids are laid out anew, the same values (a new window width, bigger cells). */
    public void relayout() {
        notify(measureLayout(Change.LAYOUT), steps());
    }

    // Training.

    /** Train or pause; training new networks lets the ones they set aside go. */
    public void toggleTraining() {
        if (lanes.first().running()) {
            lanes.pause();
        } else {
            lanes.start();
            dropSetAside();
        }
        notify(Change.TRAINING, 0);
    }

    /** The learning rate and clipping for the steps to come. */
    public void setStepSettings(StepSettings chosen) {
        lanes.setSettings(chosen, page.sequence);
        page = page.with(b -> b.learningRate(chosen.learningRate).clip(chosen.clip));
        followTraining();
        notify(Change.LINK | Change.TRAINING, 0);
    }

    /** The seeds' random weights again, step 0. */
    public void resetTraining() {
        lanes.reset(page);
        dropSetAside();
        newNetworks();
        playback.showAll(steps());
        notify(measureLayout(Change.NETWORKS | Change.LAYOUT | Change.VALUES | Change.POSITION | Change.TRAINING
                | Change.LINK), 0);
    }

    /** Whether training wants steps: it runs, or a link's steps are caught up with. */
    public boolean training() {
        return lanes.busy();
    }

    /**
     * One frame of training: steps for {@code budgetMs} at most, or {@code pace} steps once a link is
     * caught up. The grids follow every frame, the measured rows a piece a frame; the slower views one at
     * a time, in turn, so that no frame does them all.
     */
    public void trainFrame(double budgetMs, int pace) {
        trained(lanes.run(page.sequence, clock, budgetMs / lanes.count(), pace));
    }

    /**
     * Training done elsewhere (the training worker: see {@link Lanes#save}, its logs apart) is read in,
     * shown as a frame's steps; what follows training loosely waits for {@link #followAdopted}, which
     * the page runs in a task of its own, so that neither task takes long.
     */
    public void adoptTraining(Packed state, Packed logs) {
        int taken = lanes.load(state, logs, clock.getAsDouble());
        followPending |= taken > 0;
        notify(Change.TRAINING | (taken > 0 ? Change.VALUES | Change.FRAME : 0), 0);
    }

    /**
     * After {@link #adoptTraining}, while training goes on: the measured rows' next piece, and in turn
     * the address, the sample or ρ's readout, each at most once a second.
     */
    public void followAdopted() {
        boolean pending = followPending;
        followPending = false;
        if (pending && lanes.busy()) {
            notify(Change.FRAME | follow(), 0);
        }
    }

    /**
     * A link's steps being caught up with elsewhere: the state they have reached is held, not shown,
     * until the link is done (or anything changes); the progress is shown, and the loss of its steps.
     */
    public void parkTraining(Supplier<Packed> state, Packed logs, int steps) {
        lanes.park(state, logs, steps);
        notify(Change.TRAINING, 0);
    }

    /**
     * Training stopped where the widget does not see it ({@code why}: its worker failed), or goes on
     * again ({@code why} empty): the status says so, and the steps read in so far are shown, even a
     * link's being caught up with, as when training pauses.
     */
    public void trainingHalted(String why) {
        if (why.equals(halted)) {
            return;
        }
        halted = why;
        if (why.isEmpty()) {
            notify(Change.TRAINING, 0);
            return;
        }
        lanes.unpark();
        notify(settle(Change.TRAINING), 0); // what follows training loosely catches up, as when it pauses
    }

    /** Why training stopped where the widget does not see it, or "": see {@link #trainingHalted}. */
    public String halted() {
        return halted;
    }

    /** Stops catching up with a link: the steps taken so far are kept, and the link holds them. */
    public void stopCatchingUp() {
        lanes.stopCatchingUp(page.sequence);
        notify(Change.TRAINING | Change.VALUES | Change.LINK, 0);
    }

    private void trained(int taken) {
        notify(Change.TRAINING | (taken > 0 ? Change.VALUES | Change.FRAME | follow() : 0), 0);
    }

    /** What follows a frame of training loosely: see {@link #followAdopted}; returns what it changed. */
    private int follow() {
        int flags = 0;
        double now = clock.getAsDouble();
        slowTurn = (slowTurn + 1) % 3;
        if (slowTurn == 0 && now - followedAt >= SLOW_FOLLOW_MS) {
            followedAt = now;
            followTraining();
            flags |= Change.LINK;
        } else if (slowTurn == 1 && now - sampledAt >= SLOW_FOLLOW_MS) {
            sampledAt = now;
            flags |= Change.SAMPLE;
        } else if (slowTurn == 2 && now - memoryAt >= SLOW_FOLLOW_MS && Measures.memoryIsCheap(lanes)) {
            memoryAt = now;
            measures.memory(lanes);
            flags |= Change.MEMORY;
        }
        return flags | rounds.next(lanes.models(), measures, choice, changedFrom >= 0);
    }

    /** The page state holds the training done; while a link is caught up with, the link's plan stays. */
    private void followTraining() {
        if (!lanes.first().catchingUp()) {
            page = page.with(b -> b.training(lanes.first().plan()));
        }
    }

    /** A new layout measures the rows under the grids again: the reach (an edit's stays), ρ's readout, the influence, the sample. */
    private int measureLayout(int flags) {
        rounds.restart(); // a round under way may be of the sequence before
        measures.firstSymbolReach(lanes.models(), changedFrom >= 0);
        measures.memory(lanes);
        measures.influence(lanes.models(), choice);
        return flags | MEASURED;
    }

    /** When training has just stopped wanting steps, everything that followed it loosely catches up. */
    private int settle(int flags) {
        followTraining();
        return measureLayout(flags | Change.SETTLED | Change.LINK | Change.VALUES | Change.TRAINING);
    }

    private void notify(int flags, int from) {
        boolean nowBusy = lanes.busy();
        if (busy && !nowBusy) {
            flags = settle(flags);
        }
        busy = nowBusy;
        Change change = new Change(flags, from);
        for (View view : views) {
            view.show(this, change);
        }
    }
}
