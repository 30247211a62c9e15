package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import rnnplayground.app.PageState;

/** The paragraphs under the widget that explain a cell: those of the cells on show, and no others. */
public final class CellNotes {
    private final NodeList<? extends HTMLElement> notes;

    public CellNotes(HTMLDocument document) {
        notes = document.getElementById("cell-notes").querySelectorAll(".cell-note");
    }

    public void show(PageState state) {
        for (int k = 0; k < notes.getLength(); k++) {
            HTMLElement note = notes.get(k);
            String cell = note.getAttribute("data-cell");
            note.setHidden(!cell.equals(state.cell) && !cell.equals(state.compare));
        }
    }
}
