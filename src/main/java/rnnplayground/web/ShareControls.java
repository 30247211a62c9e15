package rnnplayground.web;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import rnnplayground.app.HashCodec;
import rnnplayground.app.PageState;

/**
 * "Copy link" copies the address of this exact view (the state is in the hash). Uses the
 * asynchronous clipboard where the browser allows it, then the older copy command; where both are
 * refused it shows the link selected in a box, ready for Ctrl+C.
 */
final class ShareControls {
    static final String COPIED = "Link copied";
    static final String BLOCKED = "Copying is blocked here: the link is selected below, press Ctrl+C (⌘C on a Mac).";

    private final HTMLDocument document;
    private final Supplier<PageState> state;
    private final StatusLine status;
    private final HTMLInputElement field;

    /** Copy link for the current {@code state}; what happened is said on {@code status}. */
    ShareControls(HTMLDocument document, StatusLine status, Supplier<PageState> state) {
        this.document = document;
        this.state = state;
        this.status = status;
        this.field = (HTMLInputElement) document.getElementById("share-link");
        document.getElementById("copy-link").addEventListener("click", event -> copy());
    }

    private void copy() {
        String link = pageLink(HashCodec.encode(state.get()));
        copyText(link, copied -> {
            if (copied) {
                field.setHidden(true);
                status.say(COPIED);
            } else {
                field.setValue(link);
                field.setHidden(false);
                field.focus();
                field.select();
                status.say(BLOCKED);
            }
        });
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

    /**
     * This page's address with {@code hash}, and without "embed" in the query: a link copied in an
     * embedded widget opens the full page.
     */
    static String pageLink(String hash) {
        Url url = new Url(Window.current().getLocation().getFullURL());
        url.getSearchParams().delete("embed");
        url.setHash(hash);
        return url.getHref();
    }

    /** Copies {@code text}, then tells {@code done} whether it worked. */
    private void copyText(String text, Consumer<Boolean> done) {
        Clipboard clipboard = Window.current().<ClipboardWindow>cast().getNavigator().getClipboard();
        if (Page.absent(clipboard)) {
            done.accept(copyCommand(text));
            return;
        }
        clipboard.writeText(text).then(result -> {
            done.accept(true);
            return null;
        }, error -> {
            done.accept(copyCommand(text));
            return null;
        });
    }

    /** The older way: the copy command on a hidden text box. Returns whether the browser copied. */
    private boolean copyCommand(String text) {
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
