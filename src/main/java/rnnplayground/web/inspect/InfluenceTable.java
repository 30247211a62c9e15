package rnnplayground.web.inspect;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Measures;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Influence;
import rnnplayground.core.Trajectory;

/**
 * The first lane's ∂ rows as numbers, under the numbers table: a row per step, with the symbol read,
 * ‖∂v/∂h_k‖ and its share of the row's largest (what its colour shows), ‖∂v/∂x_k‖, and the pinned
 * row's value when one is pinned. Written while the numbers are open, once training has settled.
 */
public final class InfluenceTable implements WidgetState.View {
    private static final int WRITTEN = Change.CHOICE | Change.LAYOUT | Change.SETTLED | Change.NETWORKS;

    private final HTMLDocument document;
    private final WidgetState widget;
    private final HTMLElement details;
    private final HTMLElement table;
    private final HTMLElement caption;

    public InfluenceTable(HTMLDocument document, WidgetState widget) {
        this.document = document;
        this.widget = widget;
        details = document.getElementById("numbers");
        table = document.getElementById("influence-table");
        caption = document.getElementById("influence-caption");
        details.addEventListener("toggle", event -> write());
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.hasAny(WRITTEN) && !change.has(Change.FRAME)) {
            write();
        }
    }

    private void write() {
        if (!details.hasAttribute("open")) {
            return;
        }
        Measures measures = widget.measures();
        int upTo = measures.influenceUpTo(0);
        double[] pinned = measures.pinned();
        Influence influence = measures.influence(0);
        Trajectory trajectory = widget.trajectory();
        double largest = measures.largestInfluence(0, false);
        caption.setTextContent(upTo < 0 ? "No ∂ rows: type at least two symbols."
                : measures.influenceCaption(0) + ", as numbers: a row per step, from 0.");
        while (table.getLastChild() != null) {
            table.removeChild(table.getLastChild());
        }
        if (upTo < 0) {
            return;
        }
        HTMLElement head = document.createElement("thead");
        HTMLElement names = document.createElement("tr");
        names.appendChild(cell("col", "step"));
        names.appendChild(cell("col", "reads"));
        names.appendChild(cell("col", "∂h"));
        names.appendChild(cell("col", "∂h, share of its largest"));
        names.appendChild(cell("col", "∂x"));
        if (pinned.length > 0) {
            names.appendChild(cell("col", "pinned ∂h"));
        }
        head.appendChild(names);
        table.appendChild(head);
        HTMLElement body = document.createElement("tbody");
        for (int t = 0; t <= upTo; t++) {
            HTMLElement row = document.createElement("tr");
            row.appendChild(cell("row", String.valueOf(t)));
            row.appendChild(cell("td", SymbolText.glyph(trajectory.symbol(t))));
            row.appendChild(number(influence.hiddenNorm(t)));
            row.appendChild(cell("td", largest > 0 ? NumberText.scientific(influence.hiddenNorm(t) / largest) : ""));
            row.appendChild(number(influence.inputNorm(t)));
            if (pinned.length > 0) {
                row.appendChild(t < pinned.length ? number(pinned[t]) : cell("td", ""));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
    }

    private HTMLElement number(double value) {
        HTMLElement td = cell("td", NumberText.scientific(value));
        td.setAttribute("data-value", NumberText.exact((float) value));
        return td;
    }

    /** A cell: "col" or "row" for a header of a column or a row, "td" for data. */
    private HTMLElement cell(String kind, String text) {
        HTMLElement cell = document.createElement(kind.equals("td") ? "td" : "th");
        if (!kind.equals("td")) {
            cell.setAttribute("scope", kind);
        }
        cell.setTextContent(text);
        return cell;
    }
}
