package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Choice;
import rnnplayground.app.ColorScale;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.core.Gate;
import rnnplayground.core.Influence;
import rnnplayground.core.RecurrentCell;
import rnnplayground.core.StatePart;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Elements;

/**
 * One cell's views, stacked in the widget's sideways-scrolling box with their columns on the steps:
 * its hidden state h, the letters, any further state (the LSTM's c), its gates when shown, how far a
 * change reaches, the influence of earlier steps on a chosen value (with the scale of its colours, and
 * in the first lane a row pinned to compare with), and its predictions. The page's first lane is in
 * index.html; a compared cell's lane is a copy of it.
 */
public final class LaneView {
    /**
     * Makes the inspector of one of the lane's grids: of {@code grid}'s kind, further state or gate
     * {@code index}; a first visit's lanes have none.
     */
    public interface Inspectors {
        GridCursor of(GridCanvas canvas, Choice.Grid grid, int index);
    }

    private final HTMLDocument document;
    private final Inspectors inspectors;
    /** The inspectors whose cursor the lane marks: on the heatmap and on the predictions. */
    public final GridCursor heatmapInspector;
    public final GridCursor predictionsInspector;
    private final HTMLElement root;
    private final HTMLElement caption;
    private final HTMLElement extras;
    public final HeatmapView heatmap;
    public final PredictionsView predictions;
    public final SequenceStrip strip;
    public final GridBlock reach;
    public final GridBlock influence;
    final GridBlock inputInfluence;
    final GridBlock perDimension;
    final GridBlock pinned;
    private final HTMLElement legend;
    private GridBlock[] stateBlocks = new GridBlock[0];
    private GridBlock[] gateBlocks = new GridBlock[0];
    /** The cell and gates the blocks are built for. */
    private String builtFor = "";
    /** What h and each further state is divided by before it is coloured: 1, or its largest size. */
    private double hRange = 1;
    private double[] stateRanges = new double[0];
    private double[] reachValues = new double[0];
    private double reachLargest;
    private Influence influenceSource;
    private int influenceUpTo = -1;
    private double influenceLargest;
    private double inputLargest;
    private double[] pinnedRow = new double[0];
    private double pinnedLargest;

    public LaneView(HTMLDocument document, HTMLElement root, HTMLElement box, HTMLElement hint, Inspectors inspectors) {
        this.document = document;
        this.root = root;
        this.inspectors = inspectors;
        caption = part("lane-caption");
        extras = part("lane-grids");
        heatmap = new HeatmapView(box, new GridCanvas(document, (HTMLCanvasElement) part("lane-h"), part("lane-h-rows")),
                hint, new StepAxis(document, part("lane-steps")));
        predictions = new PredictionsView(document, (HTMLCanvasElement) part("lane-p"), part("lane-p-rows"),
                part("lane-guesses"));
        strip = new SequenceStrip(document, part("lane-strip"));
        reach = new GridBlock(document, extras, null, "reach", "How far a change reaches, step by step");
        influence = new GridBlock(document, extras, null, "influence",
                "Influence of each earlier state on the chosen value");
        inputInfluence = new GridBlock(document, extras, null, "influence",
                "Influence of each earlier symbol on the chosen value");
        perDimension = new GridBlock(document, extras, null, "influence",
                "Influence of each earlier state, dimension by dimension");
        pinned = new GridBlock(document, extras, null, "influence pinned", "The pinned row of influence, to compare with");
        legend = InfluenceLegend.make(document, extras);
        heatmapInspector = inspectors.of(heatmap.grid(), Choice.Grid.HIDDEN, 0);
        predictionsInspector = inspectors.of(predictions.grid(), Choice.Grid.PREDICTIONS, 0);
        inspectors.of(reach.grid(), Choice.Grid.REACH, 0);
        inspectors.of(influence.grid(), Choice.Grid.INFLUENCE, 0);
        inspectors.of(inputInfluence.grid(), Choice.Grid.INPUT, 0);
        inspectors.of(perDimension.grid(), Choice.Grid.DIMENSIONS, 0);
        inspectors.of(pinned.grid(), Choice.Grid.PINNED, 0);
        pinned.show(false);
    }

    /** The lane's "Pin this row" beside its ∂h row, which {@code toggle} pins or unpins. */
    public void pinnable(Runnable toggle) {
        influence.button("pin", toggle);
    }

    /** The grid of {@code grid}'s kind (further state or gate {@code index}), or the heatmap's when the lane has none such. */
    public GridCanvas grid(Choice.Grid grid, int index) {
        switch (grid) {
            case PREDICTIONS:
                return predictions.grid();
            case STATE:
                return index < stateBlocks.length ? stateBlocks[index].grid() : heatmap.grid();
            case GATE:
                return index < gateBlocks.length ? gateBlocks[index].grid() : heatmap.grid();
            case REACH:
                return reach.grid();
            case INFLUENCE:
                return influence.grid();
            case INPUT:
                return inputInfluence.grid();
            case DIMENSIONS:
                return perDimension.grid();
            case PINNED:
                return pinned.grid();
            default:
                return heatmap.grid();
        }
    }

    /** A copy of {@code lane} (its elements without their ids), after it in the same box. */
    public static HTMLElement copyOf(HTMLElement lane, String id) {
        HTMLElement copy = (HTMLElement) lane.cloneNode(true);
        copy.setAttribute("id", id);
        for (int k = 0; k < copy.querySelectorAll("[id]").getLength(); k++) {
            ((HTMLElement) copy.querySelectorAll("[id]").get(k)).removeAttribute("id");
        }
        for (String made : new String[] {".grid-block", ".heatmap-mark"}) {
            while (copy.querySelector(made) != null) {
                HTMLElement element = copy.querySelector(made);
                element.getParentNode().removeChild(element);
            }
        }
        lane.getParentNode().appendChild(copy);
        return copy;
    }

    private HTMLElement part(String name) {
        return root.querySelector("." + name);
    }

    public void remove() {
        root.getParentNode().removeChild(root);
    }

    /** Lays every grid out for {@code model}, blank; the further state and gate grids are built anew for a new cell. */
    public void layout(Model model, boolean gatesShown) {
        Trajectory trajectory = model.trajectory();
        RecurrentCell cell = model.network().cell;
        String want = cell.key() + gatesShown;
        if (!want.equals(builtFor)) {
            build(cell, gatesShown);
            builtFor = want;
        }
        heatmap.size(trajectory);
        int width = heatmap.cellWidth();
        int steps = trajectory.steps();
        int hidden = trajectory.hiddenSize();
        int cellHeight = Math.max(3, heatmap.grid().cellHeight() / 2);
        int every = cellHeight >= 12 ? 1 : cellHeight >= 6 ? 4 : 8;
        for (GridBlock block : stateBlocks) {
            block.grid().layout(hidden, steps, width, cellHeight, i -> i % every == 0 ? String.valueOf(i) : "");
        }
        for (GridBlock block : gateBlocks) {
            block.grid().layout(hidden, steps, width, cellHeight, i -> i % every == 0 ? String.valueOf(i) : "");
        }
        reach.grid().layout(1, steps, width, 12, i -> "Δh");
        influence.grid().layout(1, steps, width, 12, i -> "∂h");
        inputInfluence.grid().layout(1, steps, width, 12, i -> "∂x");
        perDimension.grid().layout(hidden, steps, width, cellHeight, i -> i % every == 0 ? String.valueOf(i) : "");
        pinned.grid().layout(1, steps, width, 12, i -> "∂h");
        predictions.layout(trajectory, model.predictions(), width, 0);
        strip.layout(trajectory);
        measure(model);
    }

    private void build(RecurrentCell cell, boolean gatesShown) {
        for (GridBlock block : stateBlocks) {
            block.remove();
        }
        for (GridBlock block : gateBlocks) {
            block.remove();
        }
        StatePart[] further = cell.kind().furtherState;
        stateBlocks = new GridBlock[further.length];
        for (int s = 0; s < further.length; s++) {
            stateBlocks[s] = new GridBlock(document, extras, reach.element(), "state",
                    cell.displayName() + ": the " + further[s].name + " " + further[s].symbol);
            inspectors.of(stateBlocks[s].grid(), Choice.Grid.STATE, s);
        }
        Gate[] gates = cell.gates();
        gateBlocks = new GridBlock[gatesShown ? gates.length : 0];
        for (int g = 0; g < gateBlocks.length; g++) {
            gateBlocks[g] = new GridBlock(document, extras, reach.element(), "gate",
                    cell.displayName() + ": the " + gates[g].called() + " " + gates[g].symbol);
            inspectors.of(gateBlocks[g].grid(), Choice.Grid.GATE, g);
        }
        stateRanges = new double[further.length];
    }

    /** The ranges the unbounded values are scaled to, and the captions that say them. */
    public void measure(Model model) {
        Trajectory trajectory = model.trajectory();
        RecurrentCell cell = model.network().cell;
        int hidden = trajectory.hiddenSize();
        hRange = range(trajectory, 0, hidden);
        String name = cell.displayName() + ": the hidden state h";
        Elements.text(caption, hRange > 1 ? name + ", not bounded: colours span ±" + NumberText.fixed(hRange, 2) : name);
        StatePart[] further = cell.kind().furtherState;
        for (int s = 0; s < stateBlocks.length; s++) {
            stateRanges[s] = range(trajectory, (s + 1) * hidden, (s + 2) * hidden);
            stateBlocks[s].caption(further[s].symbol + ": the " + further[s].name + ", not bounded by tanh: its colours"
                    + " span ±" + NumberText.fixed(stateRanges[s], 2));
        }
        Gate[] gates = cell.gates();
        for (int g = 0; g < gateBlocks.length; g++) {
            String range = gates[g].range == Gate.Range.UNIT ? "0 … 1" : gates[g].range == Gate.Range.SIGNED ? "−1 … 1"
                    : "not bounded, colours span ±" + NumberText.fixed(gateRange(trajectory, g), 2);
            gateBlocks[g].caption(gates[g].symbol + ": the " + gates[g].called() + " (" + range + ")");
        }
    }

    /** 1, or the largest |value| of state entries [from, to) over the steps when it is larger. */
    private static double range(Trajectory trajectory, int from, int to) {
        double largest = 1;
        for (int t = 0; t < trajectory.steps(); t++) {
            for (int k = from; k < to; k++) {
                largest = Math.max(largest, Math.abs(trajectory.state(t, k)));
            }
        }
        return largest;
    }

    private static double gateRange(Trajectory trajectory, int g) {
        double largest = 1;
        for (int t = 0; t < trajectory.steps(); t++) {
            for (int i = 0; i < trajectory.hiddenSize(); i++) {
                largest = Math.max(largest, Math.abs(trajectory.gate(t, g, i)));
            }
        }
        return largest;
    }

    /** Paints columns [from, to) of every grid. */
    public void draw(Model model, int from, int to) {
        Trajectory trajectory = model.trajectory();
        heatmap.drawColumns(trajectory, from, to, hRange);
        int hidden = trajectory.hiddenSize();
        for (int s = 0; s < stateBlocks.length; s++) {
            int offset = (s + 1) * hidden;
            double range = stateRanges[s];
            stateBlocks[s].grid().paint(from, to, (i, t) -> ColorScale.STATE.rgb(trajectory.state(t, offset + i) / range));
        }
        Gate[] gates = model.network().cell.gates();
        for (int g = 0; g < gateBlocks.length; g++) {
            int gate = g;
            Gate.Range kind = gates[g].range;
            double range = kind == Gate.Range.UNBOUNDED ? gateRange(trajectory, g) : 1;
            gateBlocks[g].grid().paint(from, to, (i, t) -> kind == Gate.Range.UNIT
                    ? ColorScale.GATE.rgb(trajectory.gate(t, gate, i))
                    : ColorScale.STATE.rgb(trajectory.gate(t, gate, i) / range));
        }
        reach.grid().paint(from, to, (i, t) -> ColorScale.MAGNITUDE.rgb(
                ColorScale.magnitude(t < reachValues.length ? reachValues[t] : 0, reachLargest)));
        predictions.draw(trajectory, model.predictions(), from, to);
        drawInfluence(from, to);
    }

    /** Blanks columns [from, to) of every grid: steps a replay has not reached. */
    public void clear(int from, int to) {
        heatmap.clearColumns(from, to);
        for (GridBlock block : stateBlocks) {
            block.grid().clear(from, to);
        }
        for (GridBlock block : gateBlocks) {
            block.grid().clear(from, to);
        }
        reach.grid().clear(from, to);
        influence.grid().clear(from, to);
        inputInfluence.grid().clear(from, to);
        perDimension.grid().clear(from, to);
        pinned.grid().clear(from, to);
        predictions.clear(from, to);
    }

    /** How far a change reaches at every step, and what the row's caption says of it. */
    public void reach(double[] values, String text) {
        reachValues = values;
        reachLargest = 0;
        for (double value : values) {
            reachLargest = Math.max(reachLargest, value);
        }
        reach.caption(text);
    }

    /**
     * Shows {@code computed}'s influence up to step {@code upTo} (-1: none chosen), captioned {@code text},
     * and the row pinned to compare with ({@code pinnedValues} empty: none).
     */
    public void influence(Influence computed, int upTo, String text, boolean dimensions, double[] pinnedValues,
            String pinnedText) {
        influenceUpTo = upTo;
        influenceSource = computed;
        influence.show(upTo >= 0);
        inputInfluence.show(upTo >= 0);
        perDimension.show(upTo >= 0 && dimensions);
        legend.setHidden(upTo < 0 && pinnedValues.length == 0);
        pinnedRow = pinnedValues;
        pinnedLargest = 0;
        for (double value : pinnedValues) {
            pinnedLargest = Math.max(pinnedLargest, value);
        }
        pinned.show(pinnedValues.length > 0);
        pinned.caption(pinnedText);
        influence.buttonText(pinnedValues.length > 0 ? "Unpin the row below" : "Pin this row, to compare");
        influence.caption(text);
        inputInfluence.caption("∂x: how much each symbol read mattered, ‖∂v/∂x_k‖");
        perDimension.caption("The same, dimension by dimension: |∂v/∂h_k[d]|");
        influenceLargest = 0;
        inputLargest = 0;
        for (int j = 0; j <= upTo; j++) {
            influenceLargest = Math.max(influenceLargest, computed.hiddenNorm(j));
            inputLargest = Math.max(inputLargest, computed.inputNorm(j));
        }
    }

    private void drawInfluence(int from, int to) {
        double[] kept = pinnedRow;
        if (kept.length > 0) {
            pinned.grid().paint(from, to, (i, t) -> ColorScale.MAGNITUDE.rgb(
                    t < kept.length ? ColorScale.magnitude(kept[t], pinnedLargest) : 0));
        }
        if (influenceUpTo < 0 || influenceSource == null) {
            return;
        }
        Influence in = influenceSource;
        int upTo = influenceUpTo;
        influence.grid().paint(from, to, (i, t) -> t > upTo ? ColorScale.MAGNITUDE.rgb(0)
                : ColorScale.MAGNITUDE.rgb(ColorScale.magnitude(in.hiddenNorm(t), influenceLargest)));
        inputInfluence.grid().paint(from, to, (i, t) -> t > upTo ? ColorScale.MAGNITUDE.rgb(0)
                : ColorScale.MAGNITUDE.rgb(ColorScale.magnitude(in.inputNorm(t), inputLargest)));
        if (perDimension.shown()) {
            perDimension.grid().paint(from, to, (d, t) -> t > upTo ? ColorScale.MAGNITUDE.rgb(0)
                    : ColorScale.MAGNITUDE.rgb(ColorScale.magnitude(in.dimension(t, d), influenceLargest)));
        }
    }
}
