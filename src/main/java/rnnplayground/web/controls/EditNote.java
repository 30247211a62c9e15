package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.WidgetState;

/**
 * The sentence under the heatmap that says what an edit changed ("Steps 8–10 changed; steps 0–7 did
 * not: …"), announced politely, kept with the edit's outline until the next edit or until it is put away.
 */
public final class EditNote implements WidgetState.View {
    private final HTMLElement note;
    private final HTMLElement text;

    public EditNote(HTMLDocument document, WidgetState widget) {
        note = document.getElementById("edit-note");
        text = document.getElementById("edit-note-text");
        document.getElementById("edit-note-close").addEventListener("click", event -> widget.dismissEdit());
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.EDIT)) {
            String sentence = widget.editSentence();
            text.setTextContent(sentence);
            note.setHidden(sentence.isEmpty());
        }
    }
}
