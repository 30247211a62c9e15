package rnnplayground.web.inspect;

import java.util.function.Supplier;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.ColorScale;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.StepText;
import rnnplayground.app.SymbolText;
import rnnplayground.app.WeightsUse;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.heatmap.CellInspector;
import rnnplayground.web.heatmap.GridCanvas;
import rnnplayground.web.heatmap.HeatmapMark;
import rnnplayground.web.heatmap.StepAxis;

/**
 * "Show weights": every parameter of the network as a labelled heatmap, in the network's order, the
 * cell's side by side (their rows are the dimensions of h) and the readout's under them (their rows
 * are the symbols). Each is coloured from −m to +m, m its largest size. The weights the open
 * arithmetic used are marked, and the one-hot x_t it read is shown in the panel. Drawn only while
 * open; repainted when the weights change (training).
 */
public final class WeightsView implements WidgetState.View {
    private static final int HEIGHT = 224;
    private static final int SYMBOL_COLUMN = 22;
    private static final int BIAS_COLUMN = 14;
    private static final int DIGITS = 4;

    private final HTMLDocument document;
    private final Supplier<Model> model;
    private final HTMLElement details;
    private final HTMLElement box;
    private final HTMLElement use;
    private final HTMLElement value;
    private final OneHotTable oneHot;
    private Network laidOut;
    private int paintedChecksum;
    private ParamGrid[] grids = new ParamGrid[0];
    private boolean ofPredictions;
    private int chosenRow = -1;
    private int chosenStep = -1;

    public WeightsView(HTMLDocument document, Supplier<Model> model) {
        this.document = document;
        this.model = model;
        details = document.getElementById("weights");
        box = document.getElementById("weights-box");
        use = document.getElementById("weights-use");
        value = document.getElementById("weights-value");
        oneHot = new OneHotTable(document, document.getElementById("arithmetic-input"));
        details.addEventListener("toggle", event -> refresh());
        document.getElementById("arithmetic-weights").addEventListener("click", event -> {
            details.setAttribute("open", "");
            refresh();
            Page.scrollIntoViewNearest(details);
        });
    }

    /** Marks what the first lane's chosen value read. Cheap when nothing changed, as it is called at every frame. */
    @Override
    public void show(WidgetState widget, Change change) {
        Choice choice = widget.choice();
        render(choice.grid == Choice.Grid.PREDICTIONS, choice.row, choice.isMade() && choice.lane == 0 ? choice.step : -1);
    }

    /**
     * The value whose arithmetic is open: of the predictions or of the heatmap, its row and step (a
     * step of -1: none is open).
     */
    private void render(boolean predictions, int row, int step) {
        ofPredictions = predictions;
        chosenRow = row;
        chosenStep = step;
        oneHot.show(!predictions && step >= 0 ? model.get().trajectory().symbol(step) : -1, step);
        refresh();
    }

    private boolean isOpen() {
        return details.hasAttribute("open");
    }

    private void refresh() {
        if (!isOpen()) {
            return;
        }
        Network network = model.get().network();
        if (network != laidOut) {
            build(network);
        }
        int checksum = network.checksum();
        if (checksum != paintedChecksum) {
            paintedChecksum = checksum;
            for (ParamGrid grid : grids) {
                grid.paint();
            }
        }
        WeightsUse used = chosenStep < 0 ? WeightsUse.NONE : ofPredictions
                ? WeightsUse.ofPrediction(network, chosenRow, chosenStep)
                : WeightsUse.ofState(network, chosenRow, chosenStep, model.get().trajectory().symbol(chosenStep));
        for (ParamGrid grid : grids) {
            grid.unmark();
        }
        for (WeightsUse.Mark mark : used.marks) {
            grids[mark.param].mark(mark);
        }
        Elements.text(use, used.sentence);
    }

    /** A heatmap for every parameter: the cell's in one line, the readout's in another. */
    private void build(Network network) {
        laidOut = network;
        paintedChecksum = 0;
        Elements.empty(box);
        Param[] params = network.params();
        int cellParams = network.cell.params().length;
        int hidden = network.hiddenSize();
        int rowHeight = Math.max(4, Math.min(14, HEIGHT / hidden));
        grids = new ParamGrid[params.length];
        HTMLElement cellLine = group(network.cell.displayName() + ": a row per dimension of h");
        HTMLElement readoutLine = group("Readout: a row per symbol, for the predictions");
        for (int p = 0; p < params.length; p++) {
            boolean ofCell = p < cellParams;
            grids[p] = new ParamGrid(params[p], ofCell ? cellLine : readoutLine, ofCell ? rowHeight : 14,
                    columnWidth(params[p], ofCell, rowHeight), ofCell, p == 0 || p == cellParams);
        }
    }

    private static int columnWidth(Param param, boolean ofCell, int rowHeight) {
        if (param.cols == 1) {
            return BIAS_COLUMN;
        }
        return ofCell && WeightsUse.isInput(param) ? SYMBOL_COLUMN : rowHeight;
    }

    /** A titled line of heatmaps that share their rows. */
    private HTMLElement group(String title) {
        HTMLElement heading = document.createElement("p");
        heading.setClassName("weights-group-title");
        heading.setTextContent(title);
        box.appendChild(heading);
        HTMLElement line = document.createElement("div");
        line.setClassName("weights-line");
        HTMLElement gutter = document.createElement("div");
        gutter.setClassName("gutter row-labels weights-gutter");
        gutter.setAttribute("aria-hidden", "true");
        line.appendChild(gutter);
        box.appendChild(line);
        return line;
    }

    /** One parameter's heatmap, its name and scale over it, its columns labelled under it. */
    private final class ParamGrid {
        private final Param param;
        private final boolean ofCell;
        private final int columnWidth;
        private final int rowHeight;
        private final GridCanvas grid;
        private final HTMLElement scale;
        private final HeatmapMark row;
        private final HeatmapMark column;
        private final HeatmapMark entry;

        ParamGrid(Param param, HTMLElement line, int rowHeight, int columnWidth, boolean ofCell, boolean labelsRows) {
            this.param = param;
            this.ofCell = ofCell;
            this.rowHeight = rowHeight;
            this.columnWidth = columnWidth;
            HTMLElement figure = document.createElement("figure");
            figure.setClassName("weights-param");
            HTMLElement caption = document.createElement("figcaption");
            HTMLElement name = document.createElement("span");
            name.setClassName("param-name");
            name.setTextContent(param.name);
            scale = document.createElement("span");
            scale.setClassName("param-scale");
            caption.appendChild(name);
            caption.appendChild(scale);
            figure.appendChild(caption);
            HTMLElement stack = document.createElement("div");
            stack.setClassName("heatmap-stack");
            HTMLCanvasElement canvas = (HTMLCanvasElement) document.createElement("canvas");
            canvas.setAttribute("role", "img");
            stack.appendChild(canvas);
            figure.appendChild(stack);
            HTMLElement columns = document.createElement("div");
            columns.setClassName("step-axis weights-columns");
            columns.setAttribute("aria-hidden", "true");
            figure.appendChild(columns);
            line.appendChild(figure);
            HTMLElement labels = labelsRows ? (HTMLElement) line.getFirstChild() : document.createElement("div");
            grid = new GridCanvas(document, canvas, labels);
            grid.layout(param.rows, param.cols, columnWidth, rowHeight, this::rowLabel);
            labelColumns(columns);
            row = grid.newMark("row");
            column = grid.newMark("feeding");
            entry = grid.newMark("cursor");
            canvas.addEventListener("pointermove", this::point);
            canvas.addEventListener("pointerdown", this::point);
        }

        private String rowLabel(int i) {
            if (!ofCell) {
                return SymbolText.glyph(i);
            }
            int every = rowHeight >= 12 ? 1 : rowHeight >= 6 ? 2 : 4;
            return i % every == 0 ? String.valueOf(i) : "";
        }

        private boolean bySymbol() {
            return ofCell && WeightsUse.isInput(param);
        }

        /** Under an input matrix, each symbol over its index; under the others, the column numbers every few. */
        private void labelColumns(HTMLElement columns) {
            if (param.cols == 1) {
                Page.setStyleProperty(columns, "width", columnWidth + "px");
                return;
            }
            if (!bySymbol()) {
                new StepAxis(document, columns).layout(param.cols, columnWidth);
                return;
            }
            Page.setStyleProperty(columns, "width", param.cols * columnWidth + "px");
            columns.setClassName("step-axis weights-columns symbols");
            for (int k = 0; k < Alphabet.SIZE; k++) {
                HTMLElement label = document.createElement("span");
                label.setTextContent(SymbolText.glyph(k) + "\n" + k);
                Page.setStyleProperty(label, "left", (2 * k * columnWidth + columnWidth) / 2 + "px");
                columns.appendChild(label);
            }
        }

        void paint() {
            float[] w = param.w;
            double largest = 0;
            for (float v : w) {
                largest = Math.max(largest, Math.abs(v));
            }
            double m = largest;
            grid.paint(0, param.cols, (i, j) -> ColorScale.STATE.rgb(m == 0 ? 0 : w[i * param.cols + j] / m));
            String size = NumberText.fixed(m, 2);
            scale.setTextContent("\u00b1" + size);
            grid.element().setAttribute("aria-label", param.name + ": " + param.rows + " rows ("
                    + (ofCell ? "dimensions " + StepText.range(param.rows) : "the symbols " + SymbolText.alphabet())
                    + ") \u00d7 " + param.cols + (param.cols == 1 ? " column" : " columns")
                    + (bySymbol() ? " (the symbols, by index)" : "") + ", coloured from \u2212" + size + " to +" + size);
        }

        void unmark() {
            row.hide();
            column.hide();
            entry.hide();
        }

        void mark(WeightsUse.Mark mark) {
            switch (mark.kind) {
                case ROW:
                    grid.outline(row, 0, mark.row, param.cols, 1);
                    break;
                case COLUMN:
                    grid.outline(column, mark.column, 0, 1, param.rows);
                    break;
                default:
                    grid.outline(entry, mark.column, mark.row, 1, 1);
                    break;
            }
        }

        /** The value under the pointer, in the line under the heatmaps. */
        private void point(Event event) {
            CellInspector.PointerEvent pointer = event.cast();
            CellInspector.Bounds bounds = grid.element().getBoundingClientRect().cast();
            int i = grid.rowAt(pointer.getClientY() - bounds.getTop());
            int j = grid.stepAt(pointer.getClientX() - bounds.getLeft());
            if (i < 0 || j < 0) {
                return;
            }
            String where = param.cols == 1 ? String.valueOf(i) : i + ", " + j;
            String symbol = bySymbol() ? " (column of " + SymbolText.quoted(j) + ")" : "";
            value.setTextContent(param.name + "[" + where + "] = " + NumberText.fixed(param.w[i * param.cols + j], DIGITS)
                    + symbol);
        }
    }
}
