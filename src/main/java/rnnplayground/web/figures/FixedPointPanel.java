package rnnplayground.web.figures;

import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.space.FixedPointText;
import rnnplayground.app.space.StateSpace;
import rnnplayground.core.CellKind;
import rnnplayground.core.FixedPoint;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * How a fixed point clicked in a plot was found, in the arithmetic panel's style: q, the iterations,
 * the starts, the eigenvalues of the Jacobian there and what they say. Escape or ✕ closes it.
 */
final class FixedPointPanel {
    private final HTMLDocument document;
    private final HTMLElement panel;
    private final HTMLElement title;
    private final HTMLElement rows;
    private final HTMLElement meaning;
    /** What had the focus when the details opened (the diamond clicked), to have it again when they are closed. */
    private HTMLElement opener;

    FixedPointPanel(HTMLDocument document) {
        this.document = document;
        panel = document.getElementById("space-point");
        title = document.getElementById("space-point-title");
        rows = document.getElementById("space-point-rows");
        meaning = document.getElementById("space-point-meaning");
        document.getElementById("space-point-close").addEventListener("click", event -> dismiss());
        panel.addEventListener("keydown", event -> {
            if ("Escape".equals(((KeyboardEvent) event).getKey())) {
                dismiss();
            }
        });
    }

    /** Shows point {@code p} of {@code space}, of a cell of {@code kind}; {@code network} names it when two are on show. */
    void show(FixedPoint p, StateSpace space, CellKind kind, String network) {
        title.setTextContent(FixedPointText.title(p) + (network.isEmpty() ? "" : " (" + network + ")"));
        Elements.empty(rows);
        for (String[] row : FixedPointText.rows(p, space, kind)) {
            HTMLElement tr = document.createElement("tr");
            HTMLElement th = document.createElement("th");
            th.setAttribute("scope", "row");
            th.setTextContent(row[0]);
            HTMLElement td = document.createElement("td");
            td.setTextContent(row[1]);
            tr.appendChild(th);
            tr.appendChild(td);
            rows.appendChild(tr);
        }
        meaning.setTextContent(FixedPointText.meaning(p));
        opener = document.getActiveElement();
        panel.setHidden(false);
        Page.scrollIntoViewNearest(panel);
        Page.focusWithoutScrolling(panel);
    }

    /** Closed by the page (the plot was drawn anew, or folded). */
    void close() {
        Elements.show(panel, false);
        opener = null;
    }

    /** Closed by the person (Escape, ✕): the focus goes back to the diamond, if it is still there. */
    private void dismiss() {
        HTMLElement back = opener;
        close();
        if (back != null && back.getParentNode() != null && back != document.getBody()) {
            Page.focusWithoutScrolling(back);
        }
    }
}
