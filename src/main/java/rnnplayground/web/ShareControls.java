package rnnplayground.web;

import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * "Copy link": copies the address of this exact view (the state is in the hash). Uses the
 * asynchronous clipboard where the browser allows it, then the older copy command; where both are
 * refused it shows the link selected in a box, ready for Ctrl+C.
 */
final class ShareControls {
    static final String COPIED = "Link copied";
    static final String BLOCKED = "Copying is blocked here: the link is selected below, press Ctrl+C (⌘C on a Mac).";
    private static final int STATUS_MS = 5000;

    private final Supplier<String> hash;
    private final HTMLElement status;
    private final HTMLInputElement field;
    private int clearTimer;

    /** {@code hash}: the current state as it goes after "#". */
    ShareControls(HTMLDocument document, Supplier<String> hash) {
        this.hash = hash;
        this.status = document.getElementById("share-status");
        this.field = (HTMLInputElement) document.getElementById("share-link");
        document.getElementById("copy-link").addEventListener("click", event -> copy());
    }

    private void copy() {
        String link = pageLink(hash.get());
        copyText(link, copied -> {
            if (copied) {
                field.setHidden(true);
                say(COPIED);
            } else {
                field.setValue(link);
                field.setHidden(false);
                field.focus();
                field.select();
                say(BLOCKED);
            }
        });
    }

    private void say(String text) {
        status.setTextContent(text);
        Window.clearTimeout(clearTimer);
        clearTimer = Window.setTimeout(() -> status.setTextContent(""), STATUS_MS);
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
