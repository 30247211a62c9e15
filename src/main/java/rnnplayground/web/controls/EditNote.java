package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The sentence under the heatmap that says what an edit changed ("Steps 8–10 changed; steps 0–7 did
 * not: …"), announced politely, kept with the edit's outline until the next edit or until it is put away.
 */
public final class EditNote {
    private final HTMLElement note;
    private final HTMLElement text;

    public EditNote(HTMLDocument document, Runnable onDismiss) {
        note = document.getElementById("edit-note");
        text = document.getElementById("edit-note-text");
        document.getElementById("edit-note-close").addEventListener("click", event -> onDismiss.run());
    }

    public void show(String sentence) {
        text.setTextContent(sentence);
        note.setHidden(sentence.isEmpty());
    }

    public void hide() {
        text.setTextContent("");
        note.setHidden(true);
    }
}
