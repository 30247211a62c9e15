package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import rnnplayground.app.Change;
import rnnplayground.app.PageState;
import rnnplayground.app.WidgetState;

/** The paragraphs under the widget that explain a cell: those of the cells on show, and no others. */
public final class CellNotes implements WidgetState.View {
    private final NodeList<? extends HTMLElement> notes;

    public CellNotes(HTMLDocument document) {
        notes = document.getElementById("cell-notes").querySelectorAll(".cell-note");
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (!change.has(Change.SETTINGS)) {
            return;
        }
        PageState state = widget.page();
        for (int k = 0; k < notes.getLength(); k++) {
            HTMLElement note = notes.get(k);
            String cell = note.getAttribute("data-cell");
            note.setHidden(!cell.equals(state.cell) && !cell.equals(state.compare));
        }
    }
}
