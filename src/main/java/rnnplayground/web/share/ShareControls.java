package rnnplayground.web.share;

import java.util.function.Supplier;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.HashCodec;
import rnnplayground.app.PageState;
import rnnplayground.web.dom.Copying;
import rnnplayground.web.dom.StatusLine;
import rnnplayground.web.dom.Url;

/**
 * "Copy link" copies the address of this exact view (the state is in the hash). Uses the
 * asynchronous clipboard where the browser allows it, then the older copy command; where both are
 * refused it shows the link selected in a box, ready for Ctrl+C.
 */
public final class ShareControls {
    static final String COPIED = "Link copied";
    static final String BLOCKED = "Copying is blocked here: the link is selected below, press Ctrl+C (⌘C on a Mac).";

    private final HTMLDocument document;
    private final Supplier<PageState> state;
    private final StatusLine status;
    private final HTMLInputElement field;

    /** Copy link for the current {@code state}; what happened is said on {@code status}. */
    public ShareControls(HTMLDocument document, StatusLine status, Supplier<PageState> state) {
        this.document = document;
        this.state = state;
        this.status = status;
        this.field = (HTMLInputElement) document.getElementById("share-link");
        document.getElementById("copy-link").addEventListener("click", event -> copy());
    }

    private void copy() {
        String link = pageLink(HashCodec.encode(state.get()));
        Copying.copy(document, link, copied -> {
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
}
