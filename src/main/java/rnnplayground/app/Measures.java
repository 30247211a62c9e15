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
    private int[] influenceUpTo = new int[0];
    private String[] influenceCaptions = new String[0];
    private String memory = "";

    /** One influence a lane, for its network: anew when the networks are. */
    void networks(Lanes lanes) {
        int count = lanes.count();
        reach = new double[count][];
        reachCaptions = new String[count];
        influences = new Influence[count];
        influenceUpTo = new int[count];
        influenceCaptions = new String[count];
        for (int k = 0; k < count; k++) {
            reach[k] = new double[0];
            reachCaptions[k] = FIRST_SYMBOL;
            influences[k] = new Influence(lanes.model(k).network());
            influenceUpTo[k] = -1;
            influenceCaptions[k] = "";
        }
    }

    /** The first symbol's reach in every lane, but the first while it shows an edit's. */
    void firstSymbolReach(Lanes lanes, boolean keepFirst) {
        for (int k = keepFirst ? 1 : 0; k < lanes.count(); k++) {
            Model model = lanes.model(k);
            reach[k] = ChangeReach.ofFirstSymbol(model.network(), model.trajectory());
            reachCaptions[k] = FIRST_SYMBOL;
        }
    }

    /** The first lane's reach is the edit's: {@code before} the states of the sequence before it. */
    void editReach(float[] before, int beforeSteps, Trajectory now, int from) {
        reach[0] = ChangeReach.ofEdit(before, beforeSteps, now, from);
        reachCaptions[0] = EDIT;
    }

    /**
     * The influence rows of every lane: of the chosen state's value (the same entry in every lane), or
     * else of the loss.
     */
    void influence(Lanes lanes, Choice choice) {
        for (int k = 0; k < lanes.count(); k++) {
            Trajectory trajectory = lanes.model(k).trajectory();
            Influence influence = influences[k];
            if (choice.ofState() && choice.step < trajectory.steps()) {
                influence.ofState(trajectory, choice.step, choice.stateEntry(trajectory.hiddenSize()));
                influenceUpTo[k] = choice.step;
                influenceCaptions[k] = "∂h: each earlier state's influence on "
                        + (choice.grid == Choice.Grid.STATE ? stateSymbol(lanes, k, choice.index) : "h") + "["
                        + choice.row + ", " + choice.step + "], ‖∂v/∂h_k‖";
            } else if (trajectory.steps() >= 2) {
                influence.ofLoss(trajectory);
                influenceUpTo[k] = trajectory.steps() - 2;
                influenceCaptions[k] = "∂h: each state's influence on the loss, ‖∂L/∂h_k‖";
            } else {
                influenceUpTo[k] = -1;
                influenceCaptions[k] = "";
            }
        }
    }

    private static String stateSymbol(Lanes lanes, int lane, int part) {
        return lanes.model(lane).network().cell.kind().furtherState[part].symbol;
    }

    /** What the recurrent scale does to the first lane's network, measured. */
    void memory(Lanes lanes) {
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

    public String influenceCaption(int lane) {
        return influenceCaptions[lane];
    }

    public String memory() {
        return memory;
    }
}
