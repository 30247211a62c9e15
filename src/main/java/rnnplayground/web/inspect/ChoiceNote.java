package rnnplayground.web.inspect;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.ValueText;
import rnnplayground.app.WidgetState;

/**
 * While a value stays chosen with its arithmetic closed: which value it is, that the marks and the ∂
 * rows are still of it, and a button for each way on: its arithmetic again, or no value chosen.
 */
public final class ChoiceNote implements WidgetState.View {
    private final HTMLElement note;
    private final HTMLElement text;

    public ChoiceNote(HTMLDocument document, WidgetState widget, Runnable open) {
        note = document.getElementById("choice-note");
        text = document.getElementById("choice-note-text");
        document.getElementById("choice-open").addEventListener("click", event -> open.run());
        document.getElementById("choice-clear").addEventListener("click", event -> widget.clearChoice());
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (!change.has(Change.CHOICE)) {
            return;
        }
        Choice choice = widget.choice();
        boolean shown = choice.isMade() && !widget.panelOpen();
        note.setHidden(!shown);
        if (shown) {
            text.setTextContent(ValueText.chosen(widget, choice));
        }
    }
}
