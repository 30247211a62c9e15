package rnnplayground.web;

import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;

/**
 * The bar under the widget. "Copy link" copies the address of this exact view (the state is in the hash). Uses the
 * asynchronous clipboard where the browser allows it, then the older copy command; where both are
 * refused it shows the link selected in a box, ready for Ctrl+C. The export buttons are {@link Exports}.
 */
final class ShareControls {
    static final String COPIED = "Link copied";
    static final String BLOCKED = "Copying is blocked here: the link is selected below, press Ctrl+C (⌘C on a Mac).";

    private final Supplier<PageState> state;
    private final StatusLine status;
    private final HTMLInputElement field;

    /** The share and export bar under the widget, for the page's {@code model} and current {@code state}. */
    ShareControls(HTMLDocument document, Model model, Supplier<PageState> state) {
        this.state = state;
        this.status = new StatusLine(document.getElementById("share-status"));
        this.field = (HTMLInputElement) document.getElementById("share-link");
        document.getElementById("copy-link").addEventListener("click", event -> copy());
        new Exports(document, status, model, state);
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

    @JSFunctor
    interface Copied extends JSObject {
        void done(boolean copied);
    }

    /**
     * This page's address with {@code hash}, and without "embed" in the query: a link copied in an
     * embedded widget opens the full page.
     */
    @JSBody(params = "hash", script = "var u = new URL(location.href); u.searchParams.delete('embed');"
            + "u.hash = hash; return u.href;")
    static native String pageLink(String hash);

    @JSBody(params = {"text", "done"}, script = ""
            + "function fallback() {"
            + "  var before = document.activeElement;"
            + "  var area = document.createElement('textarea');"
            + "  area.value = text; area.setAttribute('readonly', '');"
            + "  area.style.position = 'fixed'; area.style.top = '0'; area.style.opacity = '0';"
            + "  document.body.appendChild(area); area.select();"
            + "  var ok = false;"
            + "  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }"
            + "  document.body.removeChild(area);"
            + "  if (before && before.focus) { before.focus(); }"
            + "  done(!!ok);"
            + "}"
            + "if (navigator.clipboard && navigator.clipboard.writeText) {"
            + "  navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);"
            + "} else { fallback(); }")
    private static native void copyText(String text, Copied done);
}
