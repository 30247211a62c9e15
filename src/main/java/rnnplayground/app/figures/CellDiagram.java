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
 * as circles, each state as a line running from left (before the step) to right (after it), and x_t
 * entering from below. A state carried on from step to step by products and sums (the LSTM's c, the
 * GRU's h) runs along the top; an h that is made anew at each step runs along the bottom. Each gate
 * shows its value for one dimension at one step, with a bar; a click opens its arithmetic.
 */
public final class CellDiagram {
    static final double COLUMN = 86;
    static final double LEFT = 56;
    private static final double ROW = 62;
    private static final double TOP = 30;
    private static final double GATE_WIDTH = 78;
    private static final double GATE_HEIGHT = 44;
    private static final double CIRCLE = 26;
    private static final double RIGHT_MARGIN = 70;

    /** Where each name (an input, a gate's symbol, an operation's output) is, and what it is. */
    private final Map<String, double[]> places = new HashMap<>();
    private final List<String> occupied = new ArrayList<>();
    private final CellKind kind;
    private final Trajectory trajectory;
    private final int lane;
    private final int step;
    private final int dimension;
    /** The y of each row: the flowing states' lines, the middle, the gates, and h's line at the bottom where h does not flow. */
    private final double[] rows;
    /** Each state's row, by its symbol. */
    private final Map<String, Integer> lineRows = new HashMap<>();
    private final int middle;
    private final int gates;
    private final Figure figure;
    private int nextGateColumn = 1;
    /** How many arrows run along a gap so far, so that the next one runs a little apart (of four). */
    private int lanesUsed;
    private int lastColumn;

    private CellDiagram(CellKind kind, Trajectory trajectory, int lane, int step, int dimension) {
        this.kind = kind;
        this.trajectory = trajectory;
        this.lane = lane;
        this.step = step;
        this.dimension = dimension;
        List<String> top = new ArrayList<>();
        for (StatePart part : kind.furtherState) {
            top.add(part.symbol);
        }
        boolean hFlows = flows("h");
        if (hFlows) {
            top.add("h");
        }
        for (int k = 0; k < top.size(); k++) {
            lineRows.put(top.get(k), k);
        }
        middle = top.size();
        gates = middle + 1;
        if (!hFlows) {
            lineRows.put("h", gates + 1);
        }
        rows = new double[gates + (hFlows ? 1 : 2)];
        double y = TOP;
        for (int r = 0; r < rows.length; r++) {
            rows[r] = y;
            if (used(r)) {
                y += ROW;
            }
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

    /** Whether row r holds anything: a state's line always does, the middle and the gates' rows only when some operation goes there. */
    private boolean used(int r) {
        if (lineRows.containsValue(r)) {
            return true;
        }
        for (FlowOp op : kind.flow) {
            if (rowOf(op) == r) {
                return true;
            }
        }
        return false;
    }

    /** Where x_t's rail runs, under everything. */
    private double railY() {
        return rows[rows.length - 1] + (used(rows.length - 1) ? 44 : 0);
    }

    /** Whether state {@code s} is carried on by products and sums: some operation on its line reads its old value. */
    private boolean flows(String s) {
        for (FlowOp op : kind.flow) {
            if (onLine(op, s) && fedBy(op, FlowOp.previous(s))) {
                return true;
            }
        }
        return false;
    }

    private void draw() {
        places.put(FlowOp.INPUT, new double[] {LEFT, railY(), 0});
        for (Map.Entry<String, Integer> line : lineRows.entrySet()) {
            places.put(FlowOp.previous(line.getKey()), new double[] {0, rows[line.getValue()]});
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
        figure.size(right + RIGHT_MARGIN, railY() + 20);
    }

    /**
     * Puts {@code op} in its row: in the column of an input in another row (its arrow then goes straight
     * up or down), right of an input in the same row, gates one after another; never where a box of a
     * row in between would stand on its way, nor where a box already stands.
     */
    private void place(FlowOp op) {
        int row = rowOf(op);
        int column = 1;
        for (String input : op.inputs) {
            column = Math.max(column, columnOf(input) + (rowOf(input) == row ? 1 : 0));
        }
        if (op.kind == FlowOp.Kind.GATE) {
            column = Math.max(column, nextGateColumn);
            nextGateColumn = column + 1;
        }
        while (occupied.contains(row + ":" + column) || blocked(op, row, column)) {
            column++;
        }
        occupied.add(row + ":" + column);
        lastColumn = Math.max(lastColumn, column);
        double x = LEFT + column * COLUMN;
        double y = rows[row];
        places.put(op.output, new double[] {x, y, column, row});
        figure.boxes.add(box(op, x, y));
    }

    /** Whether a box stands in {@code column} between the row of one of {@code op}'s inputs there and {@code row}. */
    private boolean blocked(FlowOp op, int row, int column) {
        for (String input : op.inputs) {
            int from = rowOf(input);
            if (columnOf(input) == column && from >= 0) {
                for (int r = Math.min(from, row) + 1; r < Math.max(from, row); r++) {
                    if (occupied.contains(r + ":" + column)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The row of a name already placed (an input's line, or an operation's), or -1 for x_t. */
    private int rowOf(String name) {
        double[] place = places.get(name);
        return place == null ? -1 : place.length > 3 ? (int) place[3] : place.length > 2 ? -1 : lineRow(place[1]);
    }

    private int lineRow(double y) {
        for (int r = 0; r < rows.length; r++) {
            if (Math.abs(rows[r] - y) < 1) {
                return r;
            }
        }
        return -1;
    }

    private int columnOf(String name) {
        double[] place = places.get(name);
        return place == null || place.length < 3 ? 0 : (int) place[2];
    }

    /** The row of an operation: a state's line when it carries that state on, else the gates' or the middle row. */
    private int rowOf(FlowOp op) {
        for (Map.Entry<String, Integer> line : lineRows.entrySet()) {
            if (onLine(op, line.getKey())) {
                return line.getValue();
            }
        }
        return op.kind == FlowOp.Kind.GATE ? gates : middle;
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
                return new Box(op.output, "gate", Box.Shape.RECTANGLE, x, y, GATE_WIDTH, GATE_HEIGHT, "layer",
                        step >= 0 ? "tanh " + value(trajectory.h(step, dimension)) : "tanh", bar(trajectory, true), -1,
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
        String value = gate.activation.label;
        double bar = -1;
        if (step >= 0) {
            double v = trajectory.gate(step, op.gate, dimension);
            value = value + " " + value(v);
            if (gate.range.bounded()) {
                bar = (v - gate.range.low) / (gate.range.high - gate.range.low);
            }
        }
        return new Box(op.output, "gate", Box.Shape.RECTANGLE, x, y, GATE_WIDTH, GATE_HEIGHT, gate.name, value, bar, -1,
                open(Choice.Grid.GATE, op.gate), "the " + gate.called() + " " + gate.symbol + ", " + gate.role
                + (step >= 0 ? ": " + value(trajectory.gate(step, op.gate, dimension)) : ""));
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

    /** Each state's old value named on the left of its line, and x_t's rail under the gates. */
    private void lines(double right) {
        for (Map.Entry<String, Integer> line : lineRows.entrySet()) {
            label(FlowOp.previous(line.getKey()), 0, rows[line.getValue()] - 8, "start");
        }
        label(FlowOp.INPUT, LEFT - 30, railY() + 4, "end");
        double rail = LEFT;
        for (FlowOp op : kind.flow) {
            for (String input : op.inputs) {
                if (input.equals(FlowOp.INPUT)) {
                    rail = Math.max(rail, places.get(op.output)[0]);
                }
            }
        }
        figure.arrows.add(new Arrow(FlowOp.INPUT, "", "rail", new double[] {LEFT - 26, railY(), rail, railY()}, "",
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
        } else if (Math.abs(from[0] - to[0]) < 1) {
            add(input, op.output, "flow", new double[] {from[0], from[1] > to[1] ? from[1] - halfHeight(input)
                : from[1] + halfHeight(input), to[0], from[1] > to[1] ? toBottom : toTop}, label);
        } else if (from[1] > to[1]) {
            // up out of the source's top, along the gap above its row, then up into the target
            double channel = from[1] - ROW / 2 - lanesUsed * 3;
            lanesUsed = (lanesUsed + 1) % 4;
            add(input, op.output, "flow", new double[] {from[0], from[1] - halfHeight(input), from[0], channel, to[0],
                channel, to[0], toBottom}, label);
        } else {
            // out of the source's side, across to the target's column, then down into it
            double side = to[0] > from[0] ? halfWidth(input) : -halfWidth(input);
            add(input, op.output, "flow", new double[] {from[0] + side, from[1], to[0], from[1], to[0], toTop}, label);
        }
    }

    private void add(String from, String to, String kind, double[] points, String label) {
        double labelX = points[0] + (points[2] - points[0]) / 2 + 5;
        double labelY = points[1] + (points[3] - points[1]) / 2 + 4;
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
        figure.boxes.add(new Box(id, "state", Box.Shape.RECTANGLE, right + 26, from[1], 52, 30, name,
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
