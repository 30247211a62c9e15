package rnnplayground.app.figures;

import rnnplayground.app.Choice;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trajectory;

/**
 * The network rolled up (x → cell ⟲ → h → ŷ) beside the same network unrolled over the sequence: a
 * box a step, labelled with its number, the symbol read under it, the state h_t over it as a strip of
 * the heatmap's colours, and the prediction ŷ_t on top; the arrows are W_xh (input), W_hh (from the
 * step before) and W_hy (readout). Every step's arrows are named; the page shows the names of the step
 * being read (kind "current"), or of the first step (kind "first") while none is.
 */
public final class UnrolledChain {
    public static final String TITLE = "The network, rolled up and unrolled over your sequence";
    /** Width of a step's column, and where the first one starts. */
    public static final double COLUMN = 52;
    static final double FIRST = 230;
    static final double HEIGHT = 192;
    private static final double OUTPUT_Y = 16;
    private static final double STRIP_TOP = 44;
    private static final double STRIP_HEIGHT = 40;
    private static final double CELL_Y = 120;
    private static final double CELL_WIDTH = 34;
    private static final double CELL_HEIGHT = 32;
    private static final double INPUT_Y = 170;
    private static final double SMALL = 26;
    private static final double SMALL_HEIGHT = 22;
    private static final double FOLDED_X = 76;

    private UnrolledChain() {
    }

    /**
     * The figure of {@code trajectory} read by a cell called {@code cellName}, its predictions, the
     * arithmetic its arrows open of dimension {@code dimension}, and step {@code current} (-1: none) the
     * one being read.
     */
    public static Figure of(String cellName, Trajectory trajectory, Predictions predictions, int dimension,
            int current) {
        int steps = trajectory.steps();
        Figure figure = new Figure(TITLE, description(trajectory, predictions, current), FIRST + steps * COLUMN + 12,
                HEIGHT);
        folded(figure, cellName);
        for (int t = 0; t < steps; t++) {
            step(figure, trajectory, predictions, dimension, t);
        }
        return figure;
    }

    /** The rolled-up network, its loop drawn as an arrow from the cell back into itself. */
    private static void folded(Figure figure, String cellName) {
        double x = FOLDED_X;
        figure.boxes.add(new Box("folded-output", "output", Box.Shape.RECTANGLE, x, OUTPUT_Y, SMALL, SMALL_HEIGHT, "ŷ",
                "", -1, -1, Action.NONE, "the prediction of the next symbol"));
        figure.boxes.add(new Box("folded-cell", "cell", Box.Shape.RECTANGLE, x, CELL_Y, 96, CELL_HEIGHT, cellName, "",
                -1, -1, Action.NONE, "the cell: the same weights at every step"));
        figure.boxes.add(new Box("folded-input", "input", Box.Shape.RECTANGLE, x, INPUT_Y, SMALL, SMALL_HEIGHT, "x", "",
                -1, -1, Action.NONE, "the symbol read, one-hot"));
        figure.arrows.add(new Arrow("folded-input", "folded-cell", "input",
                new double[] {x, INPUT_Y - SMALL_HEIGHT / 2, x, CELL_Y + CELL_HEIGHT / 2}, "W_xh", x + 6, 150, -1,
                Action.NONE, "W_xh carries the symbol into the cell"));
        figure.arrows.add(new Arrow("folded-cell", "folded-output", "readout",
                new double[] {x, CELL_Y - CELL_HEIGHT / 2, x, OUTPUT_Y + SMALL_HEIGHT / 2}, "h  W_hy", x + 6, 64, -1,
                Action.NONE, "h, the state, and W_hy, which turns it into the prediction"));
        double right = x + 48;
        figure.arrows.add(new Arrow("folded-cell", "folded-cell", "recurrent",
                new double[] {right, CELL_Y - 8, right + 22, CELL_Y - 8, right + 22, CELL_Y + 8, right, CELL_Y + 8},
                "W_hh", right + 26, CELL_Y + 4, -1, Action.NONE, "the loop: W_hh carries the state to the next step"));
        figure.labels.add(new Label("=", "equals", FIRST - 40, CELL_Y + 6, "middle", -1));
    }

    /** Step t's column: its symbol, its cell, its state strip, its prediction, and the arrows between them. */
    private static void step(Figure figure, Trajectory trajectory, Predictions predictions, int dimension, int t) {
        double x = FIRST + t * COLUMN + COLUMN / 2;
        int symbol = trajectory.symbol(t);
        Action select = Action.selectStep(t);
        Action openState = Action.open(new Choice(0, Choice.Grid.HIDDEN, 0, dimension, t));
        int predicted = t + 1 < trajectory.steps() ? trajectory.symbol(t + 1) : predictions.top(t);
        Action openPrediction = Action.open(new Choice(0, Choice.Grid.PREDICTIONS, 0, predicted, t));
        String cell = "cell-" + t;
        String first = t == 0 ? " first" : "";
        figure.boxes.add(new Box("input-" + t, "input", Box.Shape.RECTANGLE, x, INPUT_Y, SMALL, SMALL_HEIGHT,
                SymbolText.glyph(symbol), "", -1, t, select, "step " + t + " reads " + SymbolText.quoted(symbol)));
        figure.boxes.add(new Box(cell, "cell", Box.Shape.RECTANGLE, x, CELL_Y, CELL_WIDTH, CELL_HEIGHT,
                String.valueOf(t), "", -1, t, select, "step " + t + ": select it"));
        figure.boxes.add(new Box("output-" + t, "output", Box.Shape.RECTANGLE, x, OUTPUT_Y, SMALL, SMALL_HEIGHT,
                SymbolText.glyph(predictions.top(t)), "", -1, t, openPrediction,
                "after step " + t + ", the likeliest next symbol: " + SymbolText.quoted(predictions.top(t))));
        figure.strips.add(new Strip(t, x - COLUMN / 8, STRIP_TOP, COLUMN / 4, STRIP_HEIGHT, openState));
        figure.arrows.add(new Arrow("input-" + t, cell, "input" + first,
                new double[] {x, INPUT_Y - SMALL_HEIGHT / 2, x, CELL_Y + CELL_HEIGHT / 2}, "W_xh", x + 5,
                150, t, openState, "W_xh carries x_" + t + " into step " + t));
        figure.arrows.add(new Arrow(cell, "strip-" + t, "state" + first,
                new double[] {x, CELL_Y - CELL_HEIGHT / 2, x, STRIP_TOP + STRIP_HEIGHT}, "h_" + t, x + 9,
                96, t, openState, "h_" + t + ", the state after step " + t));
        figure.arrows.add(new Arrow("strip-" + t, "output-" + t, "readout" + first,
                new double[] {x, STRIP_TOP, x, OUTPUT_Y + SMALL_HEIGHT / 2}, "W_hy", x + 5, 38, t,
                openPrediction, "W_hy turns h_" + t + " into the prediction"));
        double left = x - COLUMN / 2;
        String before = t == 0 ? "start" : "cell-" + (t - 1);
        figure.arrows.add(new Arrow(before, cell, "recurrent" + first,
                new double[] {t == 0 ? left - 8 : left - COLUMN / 2 + CELL_WIDTH / 2, CELL_Y, x - CELL_WIDTH / 2, CELL_Y},
                "W_hh", left - 13, CELL_Y + 24, t, openState,
                t == 0 ? "the state before step 0 is all zeros" : "W_hh carries h_" + (t - 1) + " into step " + t));
        if (t == 0) {
            figure.labels.add(new Label("0", "start", left - 12, CELL_Y + 4, "end", -1));
        }
    }

    /** Where step t's column starts. */
    public static double columnLeft(int t) {
        return FIRST + t * COLUMN;
    }

    /** What the figure shows now, in words. */
    public static String description(Trajectory trajectory, Predictions predictions, int current) {
        int steps = trajectory.steps();
        if (steps == 0) {
            return "Type a sequence to see the network unrolled over it.";
        }
        if (current < 0) {
            return "All " + steps + " steps of your sequence, the same cell at each; press Replay or select a step to"
                    + " follow one.";
        }
        String reads = "Step " + current + " of " + steps + ", symbol " + SymbolText.quoted(trajectory.symbol(current))
                + ": h_" + current + " computed from x_" + current
                + (current == 0 ? " and the zero state" : " and h_" + (current - 1));
        return reads + "; W_hy turns it into the prediction " + SymbolText.quoted(predictions.top(current)) + " next.";
    }
}
