package rnnplayground.web.training;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import rnnplayground.app.Change;
import rnnplayground.app.TrainingText;
import rnnplayground.app.WidgetState;

/**
 * Undo, where new networks set trained ones aside (a new ρ, cell, size or seed): under the training
 * status, and beside the setting that was changed (each {@code .undo-note}). It brings the trained
 * networks back exactly: weights, optimizer, plan, log and chart.
 */
public final class UndoNote implements WidgetState.View {
    private final NodeList<? extends HTMLElement> notes;
    private final HTMLElement announcement;
    private String shown = "";

    public UndoNote(HTMLDocument document, WidgetState widget) {
        notes = document.querySelectorAll(".undo-note");
        announcement = document.getElementById("training-announcement");
        for (int k = 0; k < notes.getLength(); k++) {
            notes.get(k).querySelector("button").addEventListener("click", event -> {
                widget.undoNetworks();
                announcement.setTextContent(TrainingText.undone(widget.lanes()));
            });
        }
    }

    @Override
    public void show(WidgetState widget, Change change) {
        String sentence = widget.setAsideSentence();
        if (sentence.equals(shown)) {
            return;
        }
        shown = sentence;
        for (int k = 0; k < notes.getLength(); k++) {
            HTMLElement note = notes.get(k);
            note.querySelector(".undo-text").setTextContent(sentence);
            note.setHidden(sentence.isEmpty());
        }
    }
}
