package rnnplayground.web;

import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.InputEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.SequenceEdit;
import rnnplayground.app.SequenceRules;

/**
 * The sequence box. Typed, pasted or dropped text goes in only as far as the alphabet and the length
 * limit allow; refused characters are named under the box and the rest of the value and the caret
 * stay exactly as they were.
 */
final class SequenceField {
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

    private final HTMLInputElement input;
    private final Page.TextSelection selection;
    private final HTMLElement message;
    private final Consumer<String> onChange;
    private String accepted;

    SequenceField(HTMLInputElement input, HTMLElement message, String initial, Consumer<String> onChange) {
        this.input = input;
        this.selection = Page.selection(input);
        this.message = message;
        this.onChange = onChange;
        this.accepted = initial;
        input.setValue(initial);
        input.addEventListener("beforeinput", this::beforeInput);
        input.addEventListener("paste", this::insertTransferred);
        input.addEventListener("drop", this::insertTransferred);
        input.addEventListener("input", event -> afterInput());
    }

    private void beforeInput(Event event) {
        String type = event.<InputEvent>cast().getInputType();
        if (!type.startsWith("insert")) {
            return;
        }
        String text = event.<InputEvent>cast().getData();
        if (text == null) {
            text = transferredText(event.<TransferEvent>cast().getDataTransfer());
        }
        if (text == null) {
            return;
        }
        if (type.equals("insertLineBreak") || type.equals("insertParagraph")) {
            text = "\n";
        }
        SequenceEdit edit = edit(text);
        if (!edit.isVerbatim(text)) {
            event.preventDefault();
            apply(edit);
        }
    }

    /** Paste and drop: always inserted by us, so that only the allowed characters go in. */
    private void insertTransferred(Event event) {
        TransferEvent transfer = event.cast();
        String text = transferredText(event.getType().equals("paste") ? transfer.getClipboardData()
                : transfer.getDataTransfer());
        if (text == null) {
            return;
        }
        event.preventDefault();
        input.focus();
        apply(edit(text));
    }

    private SequenceEdit edit(String text) {
        return SequenceEdit.insert(input.getValue(), selection.getSelectionStart(), selection.getSelectionEnd(), text);
    }

    private void apply(SequenceEdit edit) {
        if (!edit.inserted.isEmpty()) {
            input.setValue(edit.value);
            selection.setSelectionRange(edit.caret, edit.caret);
            accept(edit.value);
        }
        show(edit.message());
    }

    /** The browser changed the value itself: keep it if valid, otherwise put back what was there. */
    private void afterInput() {
        String value = input.getValue();
        if (SequenceRules.isValid(value)) {
            show("");
            accept(value);
            return;
        }
        int caret = Math.max(0, selection.getSelectionStart() - (value.length() - accepted.length()));
        input.setValue(accepted);
        selection.setSelectionRange(caret, caret);
        show(value.length() > SequenceRules.MAX_LENGTH ? SequenceRules.tooLongMessage()
                : SequenceRules.refusedMessage(refusedIn(value)));
    }

    private void accept(String value) {
        if (!value.equals(accepted)) {
            accepted = value;
            onChange.accept(value);
        }
    }

    private void show(String text) {
        message.setTextContent(text);
    }

    /** The plain text a paste, a drop or an insertion carries, or null. */
    private static String transferredText(DataTransfer data) {
        return Page.absent(data) ? null : data.getData("text/plain");
    }

    private static String refusedIn(String value) {
        StringBuilder refused = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            if (SequenceRules.accept(value.charAt(k)) != value.charAt(k)) {
                refused.append(value.charAt(k));
            }
        }
        return refused.toString();
    }
}
