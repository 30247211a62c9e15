package rnnplayground.web.inspect;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Trajectory;

/**
 * The heatmap's values as an HTML table, for screen readers and for anyone who wants the numbers:
 * rows are dimensions and columns steps, numbered from 0 as in the heatmap, each column headed by its
 * number over the symbol read. Each cell shows three decimals and keeps the full value in data-value.
 */
public final class NumbersTable implements WidgetState.View {
    private static final int SHOWN_DIGITS = 3;
    private static final int FULL_DIGITS = 9;

    private final HTMLDocument document;
    private final HTMLElement table;
    private HTMLElement headRow;
    private HTMLElement[] rows = new HTMLElement[0];
    /** The column headers and the cells (cells[t * H + i] is h_t[i]), as many columns as there are steps. */
    private HTMLElement[] headers = new HTMLElement[0];
    private HTMLElement[] cells = new HTMLElement[0];
    /** The columns filled, from the first: the replay's position when they were last written. */
    private int drawn;

    public NumbersTable(HTMLDocument document) {
        this.document = document;
        this.table = document.getElementById("numbers-table");
    }

    /**
     * Follows the first lane's trajectory: laid out anew with the grids, filled up to the replay's
     * position, and filled again once training settles (not at every frame of it).
     */
    @Override
    public void show(WidgetState widget, Change change) {
        Trajectory trajectory = widget.trajectory();
        if (change.has(Change.LAYOUT)) {
            if (change.has(Change.POSITION)) { // new columns, every one shown
                layout(trajectory, Math.min(change.from, drawn)); // a replay may have emptied columns from drawn on
            }
            drawn = 0;
        }
        int position = widget.playback().position();
        if (position > drawn) {
            fill(trajectory, drawn, position);
        } else if (position < drawn) {
            clear(trajectory, position, drawn);
        }
        drawn = position;
        if (change.has(Change.SETTLED)) {
            fill(trajectory, 0, drawn);
        }
    }

    /**
     * Makes the table that of {@code trajectory}, every column filled in. The values of steps before
     * {@code from} have not changed: when the number of rows stays, their cells keep what they show and
     * only the columns from {@code from} on are written (and columns added or removed at the end).
     */
    private void layout(Trajectory trajectory, int from) {
        int steps = trajectory.steps();
        int hidden = trajectory.hiddenSize();
        if (rows.length != hidden) {
            build(hidden);
            from = 0;
        }
        int before = headers.length;
        HTMLElement[] nextHeaders = new HTMLElement[steps];
        HTMLElement[] nextCells = new HTMLElement[steps * hidden];
        System.arraycopy(headers, 0, nextHeaders, 0, Math.min(before, steps));
        System.arraycopy(cells, 0, nextCells, 0, Math.min(before, steps) * hidden);
        for (int t = before; t < steps; t++) {
            nextHeaders[t] = stepHeader(t);
            headRow.appendChild(nextHeaders[t]);
            for (int i = 0; i < hidden; i++) {
                nextCells[t * hidden + i] = document.createElement("td");
                rows[i].appendChild(nextCells[t * hidden + i]);
            }
        }
        for (int t = steps; t < before; t++) {
            headRow.removeChild(headers[t]);
            for (int i = 0; i < hidden; i++) {
                rows[i].removeChild(cells[t * hidden + i]);
            }
        }
        headers = nextHeaders;
        cells = nextCells;
        int first = Math.min(from, before);
        for (int t = first; t < steps; t++) {
            headers[t].getLastChild().setTextContent(SymbolText.name(trajectory.symbol(t)));
        }
        fill(trajectory, first, steps);
    }

    /** An empty table of {@code hidden} rows. */
    private void build(int hidden) {
        while (table.getLastChild() != null) {
            table.removeChild(table.getLastChild());
        }
        HTMLElement head = document.createElement("thead");
        headRow = document.createElement("tr");
        headRow.appendChild(header("col", "dim"));
        head.appendChild(headRow);
        table.appendChild(head);
        HTMLElement body = document.createElement("tbody");
        rows = new HTMLElement[hidden];
        for (int i = 0; i < hidden; i++) {
            rows[i] = document.createElement("tr");
            rows[i].appendChild(header("row", String.valueOf(i)));
            body.appendChild(rows[i]);
        }
        table.appendChild(body);
        headers = new HTMLElement[0];
        cells = new HTMLElement[0];
    }

    /** Writes the values of steps [from, to). */
    private void fill(Trajectory trajectory, int from, int to) {
        int hidden = trajectory.hiddenSize();
        for (int t = from; t < to; t++) {
            for (int i = 0; i < hidden; i++) {
                HTMLElement cell = cells[t * hidden + i];
                float h = trajectory.h(t, i);
                cell.setTextContent(NumberText.fixed(h, SHOWN_DIGITS));
                cell.setAttribute("data-value", NumberText.plain(h, FULL_DIGITS));
            }
        }
    }

    /** Empties the cells of steps [from, to). */
    private void clear(Trajectory trajectory, int from, int to) {
        int hidden = trajectory.hiddenSize();
        for (int t = from; t < to; t++) {
            for (int i = 0; i < hidden; i++) {
                HTMLElement cell = cells[t * hidden + i];
                cell.setTextContent("");
                cell.removeAttribute("data-value");
            }
        }
    }

    /** The header of column t: its number over the symbol read there, "0 a" to a screen reader. */
    private HTMLElement stepHeader(int t) {
        HTMLElement th = header("col", "");
        HTMLElement number = document.createElement("span");
        number.setTextContent(String.valueOf(t));
        HTMLElement symbol = document.createElement("span");
        symbol.setClassName("symbol");
        th.appendChild(number);
        th.appendChild(document.createTextNode(" "));
        th.appendChild(symbol);
        return th;
    }

    private HTMLElement header(String scope, String text) {
        HTMLElement th = document.createElement("th");
        th.setAttribute("scope", scope);
        th.setTextContent(text);
        return th;
    }
}
