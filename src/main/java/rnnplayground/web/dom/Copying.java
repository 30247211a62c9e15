package rnnplayground.web.dom;

import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * Copying a text: the asynchronous clipboard where the browser allows it, then the older copy
 * command; the caller is told whether either worked, so that it can show the text selected for
 * Ctrl+C where both are refused.
 */
public final class Copying {
    private Copying() {
    }

    /** The asynchronous clipboard, where there is one (not in an insecure context). */
    interface ClipboardWindow extends JSObject {
        @JSProperty
        ClipboardNavigator getNavigator();
    }

    interface ClipboardNavigator extends JSObject {
        @JSProperty
        Clipboard getClipboard();
    }

    interface Clipboard extends JSObject {
        JSPromise<JSObject> writeText(String text);
    }

    /** The older copy command. */
    interface CommandDocument extends JSObject {
        boolean execCommand(String command);
    }

    /** Copies {@code text}, then tells {@code done} whether it worked. */
    public static void copy(HTMLDocument document, String text, Consumer<Boolean> done) {
        Clipboard clipboard = Window.current().<ClipboardWindow>cast().getNavigator().getClipboard();
        if (Page.absent(clipboard)) {
            done.accept(copyCommand(document, text));
            return;
        }
        clipboard.writeText(text).then(result -> {
            done.accept(true);
            return null;
        }, error -> {
            done.accept(copyCommand(document, text));
            return null;
        });
    }

    /** The older way: the copy command on a hidden text box. Returns whether the browser copied. */
    private static boolean copyCommand(HTMLDocument document, String text) {
        HTMLElement before = document.getActiveElement();
        HTMLTextAreaElement area = (HTMLTextAreaElement) document.createElement("textarea");
        area.setValue(text);
        area.setAttribute("readonly", "");
        Page.setStyleProperty(area, "position", "fixed");
        Page.setStyleProperty(area, "top", "0");
        Page.setStyleProperty(area, "opacity", "0");
        document.getBody().appendChild(area);
        area.select();
        boolean copied = document.<CommandDocument>cast().execCommand("copy");
        document.getBody().removeChild(area);
        if (before != null) {
            before.focus();
        }
        return copied;
    }
}
