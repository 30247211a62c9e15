package rnnplayground.web.controls;

import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.InputEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.SequenceEdit;
import rnnplayground.app.SequenceNotice;
import rnnplayground.app.SequenceRules;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * The sequence box. Typed, pasted or dropped text goes in only as far as the alphabet and the length
 * limit allow, uppercase letters lowered; refused characters are named under the box. Whatever goes
 * in goes through the browser's own editing, so that Ctrl+Z and Ctrl+Shift+Z undo and redo it. An
 * input method's composition (a phone's keyboard, Chinese, Japanese, Korean) runs untouched: the
 * browser does not let a page cancel it, so the box filters what it committed once it ends.
 */
public final class SequenceField {
    /** A paste's, a drop's or an insertion's data. */
    interface DataTransfer extends JSObject {
        String getData(String format);
    }

    interface TransferEvent extends Event {
        @JSProperty
        DataTransfer getClipboardData();

        @JSProperty
        DataTransfer getDataTransfer();
    }

    /** beforeinput and input, with whether they belong to a composition. */
    interface EditEvent extends InputEvent {
        @JSProperty("isComposing")
        boolean isComposing();
    }

    /** The browser's editing commands: what they do goes on its undo history, as typing does. */
    interface Editing extends JSObject {
        boolean execCommand(String command, boolean showUserInterface, String value);
    }

    private final HTMLInputElement input;
    private final Page.TextSelection selection;
    private final Editing editing;
    private final HTMLElement message;
    private final Consumer<String> onChange;
    private final SequenceNotice notice = new SequenceNotice();
    private String accepted;
    private boolean composing;
    /** While the box runs an editing command of its own, whose input event needs no check. */
    private boolean editingItself;

    /** {@code problem}: what the link could not set, shown under the box until the first edit. */
    public SequenceField(HTMLInputElement input, HTMLElement message, String initial, String problem,
            Consumer<String> onChange) {
        this.input = input;
        this.selection = Page.selection(input);
        this.editing = HTMLDocument.current().cast();
        this.message = message;
        this.onChange = onChange;
        this.accepted = initial;
        input.setValue(initial);
        show(notice.note(problem));
        input.addEventListener("beforeinput", this::beforeInput);
        input.addEventListener("paste", this::insertTransferred);
        input.addEventListener("drop", this::insertTransferred);
        input.addEventListener("compositionstart", event -> composing = true);
        input.addEventListener("compositionend", event -> compositionEnded());
        input.addEventListener("input", this::afterInput);
    }

    /**
     * Typing. Other insertions are a paste or a drop (their own events come first), a composition
     * (never cancelled) or a correction the browser offers (checked once it is in).
     */
    private void beforeInput(Event event) {
        EditEvent edit = event.cast();
        if (!composing && !edit.isComposing() && "insertText".equals(edit.getInputType()) && edit.getData() != null) {
            insert(event, edit.getData());
        }
    }

    private void insertTransferred(Event event) {
        TransferEvent transfer = event.cast();
        String text = transferredText(event.getType().equals("paste") ? transfer.getClipboardData()
                : transfer.getDataTransfer());
        if (text != null) {
            input.focus();
            insert(event, text);
        }
    }

    /**
     * Lets {@code text} in the browser's own way when it goes in as it is; otherwise inserts only its
     * allowed part, still through the browser's editing, and names what was refused.
     */
    private void insert(Event event, String text) {
        SequenceEdit edit = SequenceEdit.insert(input.getValue(), selection.getSelectionStart(),
                selection.getSelectionEnd(), text);
        if (edit.isVerbatim(text)) {
            return;
        }
        event.preventDefault();
        if (!edit.inserted.isEmpty()) {
            command("insertText", edit);
        }
        refuse(edit);
    }

    private void compositionEnded() {
        composing = false;
        check();
    }

    private void afterInput(Event event) {
        EditEvent edit = event.cast();
        if (editingItself || composing || edit.isComposing()) {
            if (SequenceRules.isValid(input.getValue())) {
                accept(); // the heatmap follows a composition while it is valid, and the box's own edits
            }
            return;
        }
        // Undo and redo step over a value the box never took: a composition's text before it was filtered.
        if (!SequenceRules.isValid(input.getValue())
                && ("historyUndo".equals(edit.getInputType()) && editing.execCommand("undo", false, null)
                        || "historyRedo".equals(edit.getInputType()) && editing.execCommand("redo", false, null))) {
            return;
        }
        check();
    }

    /** Takes the value if it is valid; otherwise replaces what changed by its allowed part. */
    private void check() {
        String value = input.getValue();
        if (SequenceRules.isValid(value)) {
            accept();
            return;
        }
        int prefix = 0;
        int shorter = Math.min(value.length(), accepted.length());
        while (prefix < shorter && value.charAt(prefix) == accepted.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && value.charAt(value.length() - 1 - suffix) == accepted.charAt(accepted.length() - 1 - suffix)) {
            suffix++;
        }
        int end = value.length() - suffix;
        SequenceEdit edit = SequenceEdit.insert(accepted, prefix, accepted.length() - suffix,
                value.substring(prefix, end));
        selection.setSelectionRange(prefix, end);
        command(edit.inserted.isEmpty() ? "delete" : "insertText", edit);
        refuse(edit);
    }

    /** Makes the selection {@code edit.inserted} with the browser's own editing command. */
    private void command(String name, SequenceEdit edit) {
        editingItself = true;
        boolean done = editing.execCommand(name, false, edit.inserted);
        editingItself = false;
        if (!done || !input.getValue().equals(edit.value)) {
            write(edit);
        }
    }

    /** Where the browser has no editing command: the value written directly (undo loses the step). */
    private void write(SequenceEdit edit) {
        input.setValue(edit.value);
        selection.setSelectionRange(edit.caret, edit.caret);
        accept();
    }

    private void accept() {
        String value = input.getValue();
        if (!value.equals(accepted)) {
            accepted = value;
            onChange.accept(value);
            show(notice.edited());
        }
    }

    private void refuse(SequenceEdit edit) {
        if (edit.refused.isEmpty() && !edit.truncated) {
            return;
        }
        show(notice.refuse(edit.refused, edit.truncated, Page.now()));
    }

    private void show(String text) {
        Elements.text(message, text);
    }

    /** The plain text a paste, a drop or an insertion carries, or null. */
    private static String transferredText(DataTransfer data) {
        return Page.absent(data) ? null : data.getData("text/plain");
    }
}
