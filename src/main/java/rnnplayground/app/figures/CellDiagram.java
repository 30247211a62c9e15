package rnnplayground.app.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rnnplayground.app.Choice;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.core.CellKind;
import rnnplayground.core.FlowOp;
import rnnplayground.core.Gate;
import rnnplayground.core.StatePart;
import rnnplayground.core.Trajectory;

/**
 * A cell's step drawn from what the cell declares, in the visual language of Olah's "Understanding
 * LSTM Networks": its gates as labelled boxes (σ, tanh) in a row, its pointwise operations (×, +, 1−)
 * as circles, each state as a line running from left (before the step) to right (after it), a further
 * state such as the LSTM's c along the top, h along the bottom, and x_t entering from below. Each
 * gate shows its value for one dimension at one step, with a bar; a click opens its arithmetic.
 */
public final class CellDiagram {
    static final double COLUMN = 84;
    static final double LEFT = 56;
    private static final double ROW = 62;
    private static final double TOP = 30;
    private static final double GATE_WIDTH = 74;
    private static final double GATE_HEIGHT = 44;
    private static final double CIRCLE = 26;
    private static final double RIGHT_MARGIN = 96;

    /** Where each name (an input, a gate's symbol, an operation's output) is, and what it is. */
    private final Map<String, double[]> places = new HashMap<>();
    private final Map<String, String> boxOf = new HashMap<>();
    private final List<String> occupied = new ArrayList<>();
    private final CellKind kind;
    private final Trajectory trajectory;
    private final int lane;
    private final int step;
    private final int dimension;
    private final double[] rows;
    private final Figure figure;
    private int nextGateColumn = 1;
    private int lastColumn;

    private CellDiagram(CellKind kind, Trajectory trajectory, int lane, int step, int dimension) {
        this.kind = kind;
        this.trajectory = trajectory;
        this.lane = lane;
        this.step = step;
        this.dimension = dimension;
        int further = kind.furtherState.length;
        rows = new double[further + 3]; // each further state's line, the middle, the gates, h's line
        for (int r = 0; r < rows.length; r++) {
            rows[r] = TOP + r * ROW;
        }
        figure = new Figure(title(kind, step, dimension), description(), 0, 0);
    }

    /**
     * The diagram of a cell of {@code kind} in lane {@code lane}, with the values of dimension
     * {@code dimension} at step {@code step} of {@code trajectory} (no values for a step of -1).
     */
    public static Figure of(CellKind kind, Trajectory trajectory, int lane, int step, int dimension) {
        CellDiagram diagram = new CellDiagram(kind, trajectory, lane, step, dimension);
        diagram.draw();
        return diagram.figure;
    }

    static String title(CellKind kind, int step, int dimension) {
        return "The " + kind.name + " cell" + (step >= 0 ? " at step " + step + ", dimension " + dimension : "");
    }

    private double hRow() {
        return rows[rows.length - 1];
    }

    private double gateRow() {
        return rows[rows.length - 2];
    }

    private double middleRow() {
        return rows[rows.length - 3];
    }

    private void draw() {
        int further = kind.furtherState.length;
        places.put(FlowOp.INPUT, new double[] {LEFT, hRow() + 44});
        places.put(FlowOp.previous("h"), new double[] {0, hRow()});
        for (int k = 0; k < further; k++) {
            places.put(FlowOp.previous(kind.furtherState[k].symbol), new double[] {0, rows[k]});
        }
        for (FlowOp op : kind.flow) {
            place(op);
        }
        double right = LEFT + (lastColumn + 1) * COLUMN;
        lines(right);
        for (FlowOp op : kind.flow) {
            for (String input : op.inputs) {
                connect(input, op);
            }
        }
        outputs(right);
        figure.size(right + RIGHT_MARGIN, hRow() + 64);
    }

    /** Puts {@code op} in its row, right of its inputs, in the first free column there. */
    private void place(FlowOp op) {
        int row = rowOf(op);
        int column = 1;
        for (String input : op.inputs) {
            column = Math.max(column, columnOf(input) + 1);
        }
        if (op.kind == FlowOp.Kind.GATE) {
            column = Math.max(column, nextGateColumn);
            nextGateColumn = column + 1;
        }
        while (occupied.contains(row + ":" + column)) {
            column++;
        }
        occupied.add(row + ":" + column);
        lastColumn = Math.max(lastColumn, column);
        double x = LEFT + column * COLUMN;
        double y = rows[row];
        places.put(op.output, new double[] {x, y, column});
        figure.boxes.add(box(op, x, y));
        boxOf.put(op.output, op.output);
    }

    private int columnOf(String name) {
        double[] place = places.get(name);
        return place == null || place.length < 3 ? 0 : (int) place[2];
    }

    /** The row of an operation: a state's line when it carries that state on, else the gates' or the middle row. */
    private int rowOf(FlowOp op) {
        int further = kind.furtherState.length;
        for (int k = 0; k < further; k++) {
            if (onLine(op, kind.furtherState[k].symbol)) {
                return k;
            }
        }
        if (onLine(op, "h")) {
            return rows.length - 1;
        }
        return op.kind == FlowOp.Kind.GATE ? rows.length - 2 : rows.length - 3;
    }

    /**
     * Whether {@code op} lies on the line of state {@code s}: it makes s's new value, or it is a product
     * or sum fed by s's old value (or by another such) whose result goes on into s's new value.
     */
    private boolean onLine(FlowOp op, String s) {
        if (op.output.equals(FlowOp.next(s))) {
            return true;
        }
        if (op.kind != FlowOp.Kind.MULTIPLY && op.kind != FlowOp.Kind.ADD || !fedBy(op, FlowOp.previous(s))) {
            return false;
        }
        for (FlowOp next : kind.flow) {
            for (String input : next.inputs) {
                if (input.equals(op.output) && (next.kind == FlowOp.Kind.MULTIPLY || next.kind == FlowOp.Kind.ADD)
                        && onLine(next, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean fedBy(FlowOp op, String previous) {
        for (String input : op.inputs) {
            if (input.equals(previous)) {
                return true;
            }
            for (FlowOp earlier : kind.flow) {
                if (earlier.output.equals(input) && (earlier.kind == FlowOp.Kind.MULTIPLY
                        || earlier.kind == FlowOp.Kind.ADD) && fedBy(earlier, previous)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Box box(FlowOp op, double x, double y) {
        switch (op.kind) {
            case GATE:
                return gateBox(op, x, y);
            case LAYER:
                return new Box(op.output, "gate", Box.Shape.RECTANGLE, x, y, GATE_WIDTH, GATE_HEIGHT, "tanh",
                        step >= 0 ? "h " + value(trajectory.h(step, dimension)) : "", bar(trajectory, true), -1,
                        open(Choice.Grid.HIDDEN, 0), "tanh(W_xh x_t + W_hh h_t−1 + b): the new state h" + valueText(0));
            case SQUASH:
                return new Box(op.output, "squash", Box.Shape.RECTANGLE, x, y, 40, 22, "tanh", "", -1, -1, Action.NONE,
                        "tanh of " + op.inputs[0]);
            default:
                String sign = op.kind == FlowOp.Kind.MULTIPLY ? "×" : op.kind == FlowOp.Kind.ADD ? "+" : "1−";
                String words = op.kind == FlowOp.Kind.MULTIPLY ? "multiplied element by element"
                        : op.kind == FlowOp.Kind.ADD ? "added" : "one minus";
                return new Box(op.output, "pointwise", Box.Shape.CIRCLE, x, y, CIRCLE, CIRCLE, sign, "", -1, -1,
                        Action.NONE, op.output + ": " + String.join(" and ", op.inputs) + " " + words);
        }
    }

    private Box gateBox(FlowOp op, double x, double y) {
        Gate gate = kind.gates[op.gate];
        String value = step >= 0 ? gate.name + " " + value(trajectory.gate(step, op.gate, dimension)) : gate.name;
        double bar = -1;
        if (step >= 0 && gate.range.bounded()) {
            double v = trajectory.gate(step, op.gate, dimension);
            bar = (v - gate.range.low) / (gate.range.high - gate.range.low);
        }
        return new Box(op.output, "gate", Box.Shape.RECTANGLE, x, y, GATE_WIDTH, GATE_HEIGHT, gate.activation.label,
                value, bar, -1, open(Choice.Grid.GATE, op.gate), "the " + gate.name + " gate " + gate.symbol + ", "
                + gate.role + (step >= 0 ? ": " + value(trajectory.gate(step, op.gate, dimension)) : ""));
    }

    private double bar(Trajectory trajectory, boolean signed) {
        if (step < 0) {
            return -1;
        }
        double v = trajectory.h(step, dimension);
        return signed ? (v + 1) / 2 : v;
    }

    private Action open(Choice.Grid grid, int index) {
        return step < 0 ? Action.NONE : Action.open(new Choice(lane, grid, index, dimension, step));
    }

    /** Each state's line, from its old value on the left to the right edge, and x_t's rail under the gates. */
    private void lines(double right) {
        for (int k = 0; k < kind.furtherState.length; k++) {
            StatePart part = kind.furtherState[k];
            label(FlowOp.previous(part.symbol), 0, rows[k] - 8, "start");
        }
        label(FlowOp.previous("h"), 0, hRow() - 8, "start");
        label(FlowOp.INPUT, LEFT - 30, hRow() + 48, "end");
        double rail = LEFT;
        for (FlowOp op : kind.flow) {
            for (String input : op.inputs) {
                if (input.equals(FlowOp.INPUT)) {
                    rail = Math.max(rail, places.get(op.output)[0]);
                }
            }
        }
        figure.arrows.add(new Arrow(FlowOp.INPUT, "", "rail", new double[] {LEFT - 26, hRow() + 44, rail, hRow() + 44}, "",
                0, 0, -1, Action.NONE, ""));
    }

    /** An arrow for one input of {@code op}: up from a state's line or x_t's rail, or from the operation that made it. */
    private void connect(String input, FlowOp op) {
        double[] to = places.get(op.output);
        double[] from = places.get(input);
        double toBottom = to[1] + halfHeight(op.output);
        double toTop = to[1] - halfHeight(op.output);
        String label = gateSymbol(input);
        if (input.equals(FlowOp.INPUT)) {
            add(input, op.output, "input", new double[] {to[0], from[1], to[0], toBottom}, "");
        } else if (from.length < 3) { // an old state, along its line
            double lineY = from[1];
            if (Math.abs(lineY - to[1]) < 1) {
                add(input, op.output, "state", new double[] {0, lineY, to[0] - halfWidth(op.output), lineY}, "");
            } else {
                double x = to[0] - 10;
                add(input, op.output, "state", new double[] {0, lineY, x, lineY, x, lineY > to[1] ? toBottom : toTop}, "");
            }
        } else if (Math.abs(from[1] - to[1]) < 1) {
            add(input, op.output, "flow", new double[] {from[0] + halfWidth(input), from[1], to[0] - halfWidth(op.output),
                to[1]}, label);
        } else {
            double startY = from[1] > to[1] ? from[1] - halfHeight(input) : from[1] + halfHeight(input);
            if (Math.abs(from[0] - to[0]) < 1) {
                add(input, op.output, "flow", new double[] {from[0], startY, to[0], from[1] > to[1] ? toBottom : toTop},
                        label);
            } else {
                double startX = from[0] + (to[0] > from[0] ? halfWidth(input) : -halfWidth(input));
                add(input, op.output, "flow", new double[] {startX, from[1], to[0], from[1], to[0],
                    from[1] > to[1] ? toBottom : toTop}, label);
            }
        }
    }

    private void add(String from, String to, String kind, double[] points, String label) {
        double labelX = points[0] + (points[2] - points[0]) / 2 + 4;
        double labelY = points[1] + (points[3] - points[1]) / 2 - 4;
        figure.arrows.add(new Arrow(from, to, kind, points, label, labelX, labelY, -1, Action.NONE,
                from + " into " + to));
    }

    /** Each state's new value leaving on the right, with its value. */
    private void outputs(double right) {
        for (int k = 0; k < kind.furtherState.length; k++) {
            StatePart part = kind.furtherState[k];
            output(FlowOp.next(part.symbol), right, Choice.Grid.STATE, k, (k + 1) * trajectory.hiddenSize());
        }
        output(FlowOp.next("h"), right, Choice.Grid.HIDDEN, 0, 0);
    }

    private void output(String name, double right, Choice.Grid grid, int index, int offset) {
        double[] from = places.get(name);
        String id = name + " out";
        figure.boxes.add(new Box(id, "state", Box.Shape.RECTANGLE, right + 30, from[1], 60, 24, name,
                step >= 0 ? value(trajectory.state(step, offset + dimension)) : "", -1, -1,
                step < 0 ? Action.NONE : Action.open(new Choice(lane, grid, index, dimension, step)),
                name + valueText(offset)));
        add(name, id, "state", new double[] {from[0] + halfWidth(name), from[1], right, from[1]}, "");
    }

    private String valueText(int offset) {
        return step < 0 ? "" : " = " + value(trajectory.state(step, offset + dimension));
    }

    private void label(String text, double x, double y, String anchor) {
        figure.labels.add(new Label(text, "name", x, y, anchor, -1));
    }

    /** A gate's output is labelled with its symbol where it leaves; other names go unlabelled. */
    private String gateSymbol(String name) {
        for (Gate gate : kind.gates) {
            if (gate.symbol.equals(name)) {
                return name;
            }
        }
        return "";
    }

    private double halfWidth(String name) {
        Box box = figure.box(name);
        return box == null ? 0 : box.width / 2;
    }

    private double halfHeight(String name) {
        Box box = figure.box(name);
        return box == null ? 0 : box.height / 2;
    }

    private static String value(double v) {
        return NumberText.fixed(v, 2);
    }

    private String description() {
        if (step < 0) {
            return "The " + kind.name + " cell: type a sequence to see its values.";
        }
        StringBuilder out = new StringBuilder("The " + kind.name + " at step " + step + " (reads "
                + SymbolText.quoted(trajectory.symbol(step)) + "), dimension " + dimension + ": ");
        for (int g = 0; g < kind.gates.length; g++) {
            Gate gate = kind.gates[g];
            out.append(g == 0 ? "" : ", ").append(gate.name).append(' ').append(gate.symbol).append(" = ")
                    .append(value(trajectory.gate(step, g, dimension)));
        }
        for (int k = 0; k < kind.furtherState.length; k++) {
            out.append(kind.gates.length + k == 0 ? "" : "; ").append(kind.furtherState[k].symbol).append(" = ")
                    .append(value(trajectory.state(step, (k + 1) * trajectory.hiddenSize() + dimension)));
        }
        out.append(kind.gates.length + kind.furtherState.length == 0 ? "" : "; ").append("h = ")
                .append(value(trajectory.h(step, dimension))).append('.');
        return out.toString();
    }
}
