package rnnplayground.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.NumberText;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * The heatmap's values as an HTML table, for screen readers and for anyone who wants the numbers.
 * Each cell shows three decimals and keeps the full value in data-value.
 */
final class NumbersTable {
    private static final int SHOWN_DIGITS = 3;
    private static final int FULL_DIGITS = 9;

    private final HTMLDocument document;
    private final HTMLElement table;
    private final HTMLElement caption;
    private HTMLElement body;
    private HTMLElement[] cells = new HTMLElement[0];

    NumbersTable(HTMLDocument document) {
        this.document = document;
        this.table = document.getElementById("numbers-table");
        this.caption = (HTMLElement) table.getFirstChild();
    }

    /** Rebuilds the table for {@code trajectory}, with the first {@code shown} columns filled in. */
    void layout(Trajectory trajectory, int shown) {
        while (table.getLastChild() != null && table.getLastChild() != caption) {
            table.removeChild(table.getLastChild());
        }
        int steps = trajectory.steps();
        int hidden = trajectory.hiddenSize();
        HTMLElement head = document.createElement("thead");
        HTMLElement headRow = document.createElement("tr");
        headRow.appendChild(header("col", "dim"));
        for (int t = 0; t < steps; t++) {
            char c = Alphabet.symbolAt(trajectory.symbol(t));
            HTMLElement th = header("col", t + " " + (c == ' ' ? "space" : String.valueOf(c)));
            headRow.appendChild(th);
        }
        head.appendChild(headRow);
        table.appendChild(head);
        body = document.createElement("tbody");
        cells = new HTMLElement[steps * hidden];
        for (int i = 0; i < hidden; i++) {
            HTMLElement row = document.createElement("tr");
            row.appendChild(header("row", "h" + i));
            for (int t = 0; t < steps; t++) {
                HTMLElement cell = document.createElement("td");
                row.appendChild(cell);
                cells[t * hidden + i] = cell;
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        fill(trajectory, 0, shown);
        clear(trajectory, shown, steps);
    }

    /** Writes the values of steps [from, to). */
    void fill(Trajectory trajectory, int from, int to) {
        int hidden = trajectory.hiddenSize();
        for (int t = from; t < to; t++) {
            for (int i = 0; i < hidden; i++) {
                HTMLElement cell = cells[t * hidden + i];
                float h = trajectory.h(t, i);
                cell.setTextContent(NumberText.fixed(h, SHOWN_DIGITS));
                cell.setAttribute("data-value", NumberText.plain(h, FULL_DIGITS));
                cell.setClassName("");
            }
        }
    }

    /** Empties the cells of steps [from, to). */
    void clear(Trajectory trajectory, int from, int to) {
        int hidden = trajectory.hiddenSize();
        for (int t = from; t < to; t++) {
            for (int i = 0; i < hidden; i++) {
                HTMLElement cell = cells[t * hidden + i];
                cell.setTextContent("");
                cell.removeAttribute("data-value");
                cell.setClassName("empty");
            }
        }
    }

    private HTMLElement header(String scope, String text) {
        HTMLElement th = document.createElement("th");
        th.setAttribute("scope", scope);
        th.setTextContent(text);
        return th;
    }
}
