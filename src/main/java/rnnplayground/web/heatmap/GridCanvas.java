package rnnplayground.web.heatmap;

import java.util.function.IntFunction;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.TextRectangle;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.Pixels;

/**
 * One grid of coloured cells, rows by steps: a canvas that holds one pixel per cell, scaled up by CSS
 * without smoothing, so that a column is a handful of pixels handed over in one piece; its rows
 * labelled in the gutter beside it; marks on top (elements moved by a transform). All grids of the
 * widget share one cell width, so that their columns line up.
 */
public final class GridCanvas implements CellInspector.Grid {
    /** Paints the cell of row i in column t: its colour as 0xRRGGBB. */
    public interface Colours {
        int rgb(int i, int t);
    }

    private final HTMLDocument document;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLElement stack;
    private final HTMLElement labels;
    private int rows;
    private int columns;
    private int cellWidth = 1;
    private int cellHeight = 1;
    /** The row picked out (-1: none), its outline and its label in the gutter, made when first needed. */
    private int chosenRow = -1;
    private HeatmapMark chosenMark;
    private HTMLElement chosenLabel;
    private HeatmapMark hoverMark;

    /** The grid of {@code canvas}, whose row labels go into {@code labels}. */
    public GridCanvas(HTMLDocument document, HTMLCanvasElement canvas, HTMLElement labels) {
        this.document = document;
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.stack = (HTMLElement) canvas.getParentNode();
        this.labels = labels;
    }

    /** A mark of {@code kind} (a class of widget.css) on top of this grid. */
    public HeatmapMark newMark(String kind) {
        return new HeatmapMark(document, stack, kind);
    }

    /**
     * Sizes the grid: {@code rows} by {@code columns} cells of the given size in CSS pixels, its rows
     * labelled by {@code label} (row index to text, "" for none). Blank until painted.
     */
    public void layout(int rowCount, int columnCount, int width, int height, IntFunction<String> label) {
        rows = rowCount;
        columns = columnCount;
        cellWidth = width;
        cellHeight = height;
        canvas.setWidth(Math.max(columns, 1));
        canvas.setHeight(rows);
        Page.setStyleProperty(canvas, "width", Math.max(columns, 1) * cellWidth + "px");
        Page.setStyleProperty(canvas, "height", rows * cellHeight + "px");
        if (labels == null) {
            return;
        }
        Page.setStyleProperty(labels, "height", rows * cellHeight + "px");
        Elements.empty(labels);
        for (int i = 0; i < rows; i++) {
            String text = label.apply(i);
            if (!text.isEmpty()) {
                labels.appendChild(rowLabel(i, text));
            }
        }
        int chosen = chosenRow;
        chosenRow = -1;
        chooseRow(chosen);
    }

    private HTMLElement rowLabel(int i, String text) {
        HTMLElement span = document.createElement("span");
        span.setTextContent(text);
        Page.setStyleProperty(span, "top", (2 * i * cellHeight + cellHeight) / 2 + "px");
        return span;
    }

    /** Picks out row i (-1: none): outlined across every column, its number shown in the gutter, marked. */
    void chooseRow(int i) {
        int row = i < rows ? i : -1;
        if (row == chosenRow && (row < 0 || chosenLabel.getParentNode() == labels)) {
            return;
        }
        chosenRow = row;
        if (chosenMark == null) {
            chosenMark = newMark("row chosen");
        }
        if (chosenLabel != null && chosenLabel.getParentNode() != null) {
            chosenLabel.getParentNode().removeChild(chosenLabel);
        }
        outline(chosenMark, row < 0 ? -1 : 0, row, Math.max(columns, 1), 1);
        if (row >= 0) {
            chosenLabel = rowLabel(row, String.valueOf(row));
            chosenLabel.setClassName("chosen");
            labels.appendChild(chosenLabel);
        }
    }

    /** Paints columns [from, to) with {@code colours}. */
    public void paint(int from, int to, Colours colours) {
        int width = to - from;
        if (width <= 0 || rows == 0) {
            return;
        }
        int[] abgr = new int[width * rows];
        for (int i = 0; i < rows; i++) {
            for (int t = from; t < to; t++) {
                abgr[i * width + t - from] = Pixels.abgr(colours.rgb(i, t));
            }
        }
        context.putImageData(Pixels.image(abgr, width, rows), from, 0);
    }

    /** Blanks columns [from, to). */
    void clear(int from, int to) {
        if (to > from) {
            context.clearRect(from, 0, to - from, rows);
        }
    }

    /** Puts {@code mark} around columns [t, t + columnSpan) and rows [i, i + rowSpan), or hides it if t is -1. */
    public void outline(HeatmapMark mark, int t, int i, int columnSpan, int rowSpan) {
        if (t < 0) {
            mark.hide();
        } else {
            mark.show(t * cellWidth, i * cellHeight, columnSpan * cellWidth, rowSpan * cellHeight);
        }
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    int cellHeight() {
        return cellHeight;
    }

    @Override
    public HTMLElement element() {
        return canvas;
    }

    @Override
    public int stepAt(double x) {
        int t = (int) Math.floor(x / cellWidth);
        return x >= 0 && t < columns ? t : -1;
    }

    @Override
    public int rowAt(double y) {
        int i = (int) Math.floor(y / cellHeight);
        return y >= 0 && i < rows ? i : -1;
    }

    @Override
    public double[] cellBounds(int i, int t) {
        TextRectangle r = canvas.getBoundingClientRect();
        double left = r.getLeft() + t * cellWidth;
        double top = r.getTop() + i * cellHeight;
        return new double[] {left, top, left + cellWidth, top + cellHeight};
    }

    @Override
    public double[] bounds() {
        TextRectangle r = canvas.getBoundingClientRect();
        return new double[] {r.getLeft(), r.getTop(), r.getRight(), r.getBottom()};
    }

    @Override
    public void hover(int i, int t) {
        if (hoverMark == null) {
            hoverMark = newMark("hover");
        }
        outline(hoverMark, i < 0 ? -1 : t, i, 1, 1);
    }

    @Override
    public void focus() {
        canvas.focus();
    }
}
