package rnnplayground.app;

import rnnplayground.core.CellKind;
import rnnplayground.core.Influence;
import rnnplayground.core.Trajectory;

/**
 * What the widget measures on its networks, lane by lane, for the rows under the heatmap: how far a
 * change reaches (an edit's, or else the first symbol's), the influence of every earlier step on the
 * chosen value (or else on the loss), and the recurrent scale's readout of the first lane.
 */
public final class Measures {
    private static final String FIRST_SYMBOL = "Δh: how far the first symbol reaches, ‖h′ − h‖ had it been another";
    private static final String EDIT = "Δh: how much each step changed with the edit, ‖h′ − h‖";

    private double[][] reach = new double[0][];
    private String[] reachCaptions = new String[0];
    private Influence[] influences = new Influence[0];
    /** Each lane's influence of its network itself (what {@link #influences} shows but while training, see {@link MeasureRounds}). */
    private Influence[] own = new Influence[0];
    private int[] influenceUpTo = new int[0];
    private String[] influenceCaptions = new String[0];
    /** What each lane's influence rows are of: "h[1, 6]", "the loss", or "". */
    private String[] influenceTargets = new String[0];
    private String memory = "";
    /** The training step the readout was measured at. */
    private int memoryStep;
    /** A copy of the first lane's ∂h row kept to compare with (empty: none), and its caption. */
    private double[] pinned = new double[0];
    private String pinnedCaption = "";

    /** One influence a lane, for its network ({@code models}, a lane each): anew when the networks are. */
    void networks(Model[] models) {
        int count = models.length;
        reach = new double[count][];
        reachCaptions = new String[count];
        influences = new Influence[count];
        own = new Influence[count];
        influenceUpTo = new int[count];
        influenceCaptions = new String[count];
        influenceTargets = new String[count];
        for (int k = 0; k < count; k++) {
            reach[k] = new double[0];
            reachCaptions[k] = FIRST_SYMBOL;
            own[k] = new Influence(models[k].network());
            influences[k] = own[k];
            influenceUpTo[k] = -1;
            influenceCaptions[k] = "";
            influenceTargets[k] = "";
        }
    }

    /** The first symbol's reach in every lane, but the first while it shows an edit's. */
    void firstSymbolReach(Model[] models, boolean keepFirst) {
        for (int k = keepFirst ? 1 : 0; k < models.length; k++) {
            Model model = models[k];
            reach[k] = ChangeReach.ofFirstSymbol(model.network(), model.trajectory());
            reachCaptions[k] = FIRST_SYMBOL;
        }
    }

    /** The first lane's reach is the edit's: {@code before} the states of the sequence before it. */
    void editReach(float[] before, int beforeSteps, Trajectory now, int from) {
        reach[0] = ChangeReach.ofEdit(before, beforeSteps, now, from);
        reachCaptions[0] = EDIT;
    }

    /** Lane {@code lane}'s reach row is {@code row}, the first symbol's. */
    void firstSymbolReach(int lane, double[] row) {
        reach[lane] = row;
        reachCaptions[lane] = FIRST_SYMBOL;
    }

    /**
     * The influence rows of every lane: of the chosen state's value (the same entry in every lane), or
     * else of the loss.
     */
    void influence(Model[] models, Choice choice) {
        for (int k = 0; k < models.length; k++) {
            influence(k, own[k], models[k].trajectory(), choice);
        }
    }

    /**
     * Lane {@code k}'s influence rows, measured by {@code influence} on {@code trajectory}: the lane's
     * own, or one of a copy of its network (see {@link MeasureRounds}).
     */
    void influence(int k, Influence influence, Trajectory trajectory, Choice choice) {
        influences[k] = influence;
        if (choice.ofState() && choice.step < trajectory.steps()) {
            influence.ofState(trajectory, choice.step, choice.stateEntry(trajectory.hiddenSize()));
            influenceUpTo[k] = choice.step;
            influenceTargets[k] = (choice.grid == Choice.Grid.STATE ? stateSymbol(trajectory, choice.index) : "h") + "["
                    + choice.row + ", " + choice.step + "]";
            influenceCaptions[k] = "∂h: each earlier state's influence on " + influenceTargets[k] + ", ‖∂v/∂h_k‖";
        } else if (trajectory.steps() >= 2) {
            influence.ofLoss(trajectory);
            influenceUpTo[k] = trajectory.steps() - 2;
            influenceTargets[k] = "the loss";
            influenceCaptions[k] = "∂h: each state's influence on the loss, ‖∂L/∂h_k‖";
        } else {
            influenceUpTo[k] = -1;
            influenceTargets[k] = "";
            influenceCaptions[k] = "";
        }
    }

    private static String stateSymbol(Trajectory trajectory, int part) {
        return trajectory.cell().kind().furtherState[part].symbol;
    }

    /**
     * Whether measuring the readout is cheap enough to repeat while training: one backward pass per
     * dimension through every step, about steps × H³ multiply-adds a gate (a few milliseconds at most).
     */
    static boolean memoryIsCheap(Lanes lanes) {
        Trajectory trajectory = lanes.model(0).trajectory();
        double hidden = trajectory.hiddenSize();
        double work = trajectory.steps() * hidden * hidden * hidden * (1 + lanes.model(0).network().cell.kind().gates.length);
        return work <= MEMORY_WORK;
    }

    private static final double MEMORY_WORK = 1 << 20;

    /** What the recurrent scale does to the first lane's network, measured. */
    void memory(Lanes lanes) {
        memoryStep = lanes.first().plan().steps();
        Model first = lanes.model(0);
        CellKind kind = first.network().cell.kind();
        if (!kind.recurrentMatrices) {
            memory = Memory.withoutMatrices(kind);
            return;
        }
        Trajectory trajectory = first.trajectory();
        memory = Memory.readout(Memory.productNorm(first.network(), trajectory), trajectory.steps(),
                trajectory.hiddenSize());
    }

    /** ‖h′_t − h_t‖ of lane {@code lane}'s reach row, 0 past its end. */
    public double reachAt(int lane, int t) {
        return t < reach[lane].length ? reach[lane][t] : 0;
    }

    public double[] reach(int lane) {
        return reach[lane];
    }

    public String reachCaption(int lane) {
        return reachCaptions[lane];
    }

    public Influence influence(int lane) {
        return influences[lane];
    }

    /** The last step the influence rows of {@code lane} cover, or -1 when there are none. */
    public int influenceUpTo(int lane) {
        return influenceUpTo[lane];
    }

    /** The largest ‖∂v/∂h_k‖ (or, for {@code ofInput}, ‖∂v/∂x_k‖) of lane {@code lane}'s rows: what their colours are shares of. */
    public double largestInfluence(int lane, boolean ofInput) {
        double largest = 0;
        for (int t = 0; t <= influenceUpTo[lane]; t++) {
            largest = Math.max(largest, ofInput ? influences[lane].inputNorm(t) : influences[lane].hiddenNorm(t));
        }
        return largest;
    }

    public String influenceCaption(int lane) {
        return influenceCaptions[lane];
    }

    public String memory() {
        return memory;
    }

    /**
     * The readout; where it is too costly to measure again while training (see {@link #memoryIsCheap})
     * and the weights have moved since, at which step it was measured.
     */
    public String memoryReadout(Lanes lanes) {
        int step = lanes.first().plan().steps();
        return step == memoryStep || memoryIsCheap(lanes) || !lanes.model(0).network().cell.kind().recurrentMatrices ? memory
                : memory + " (Measured at step " + NumberText.grouped(memoryStep) + ", and again when training pauses.)";
    }

    /**
     * Keeps the first lane's ∂h row as it is now, to compare with the rows of later networks: its
     * caption says what it was of, and with which cell, ρ and training step.
     */
    void pin(PageState page, Lanes lanes) {
        int upTo = influenceUpTo[0];
        pinned = new double[Math.max(0, upTo + 1)];
        for (int t = 0; t <= upTo; t++) {
            pinned[t] = influences[0].hiddenNorm(t);
        }
        CellKind kind = lanes.model(0).network().cell.kind();
        pinnedCaption = upTo < 0 ? "" : "Pinned ∂h on " + influenceTargets[0] + ", as it was: " + kind.name
                + (kind.recurrentMatrices ? ", ρ " + CellSettings.RECURRENT_SCALE_TEXTS[page.recurrentScale] : "")
                + ", hidden size " + page.hiddenSize + ", training step " + NumberText.grouped(lanes.first().plan().steps());
    }

    void unpin() {
        pinned = new double[0];
        pinnedCaption = "";
    }

    /** The pinned row's ‖∂v/∂h_k‖ for every step k it covers (empty: nothing pinned). */
    public double[] pinned() {
        return pinned;
    }

    public String pinnedCaption() {
        return pinnedCaption;
    }
}
