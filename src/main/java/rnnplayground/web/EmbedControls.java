package rnnplayground.web;

import java.util.function.Supplier;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import rnnplayground.app.EmbedSnippet;
import rnnplayground.app.HashCodec;
import rnnplayground.app.PageState;

/**
 * "Embed": the HTML that puts this very view in another page (an iframe of the page with "?embed",
 * the real address filled in), its height explained, and a button that copies it. The snippet follows
 * the view while it is shown.
 */
final class EmbedControls {
    static final String COPIED = "Snippet copied";
    static final String BLOCKED = "Copying is blocked here: the snippet is selected above, press Ctrl+C (⌘C on a Mac).";

    private final Supplier<PageState> state;
    private final HTMLElement toggle;
    private final HTMLElement panel;
    private final HTMLTextAreaElement snippet;
    private final StatusLine status;
    private String shown = "";

    EmbedControls(HTMLDocument document, Supplier<PageState> state) {
        this.state = state;
        toggle = document.getElementById("embed");
        panel = document.getElementById("embed-panel");
        snippet = (HTMLTextAreaElement) document.getElementById("embed-snippet");
        status = new StatusLine(document.getElementById("embed-status"));
        document.getElementById("embed-help").setTextContent(EmbedSnippet.heightNote());
        Page.followHash(this::follow);
        toggle.addEventListener("click", event -> {
            boolean open = panel.isHidden();
            panel.setHidden(!open);
            toggle.setAttribute("aria-expanded", String.valueOf(open));
            follow();
        });
        document.getElementById("embed-copy").addEventListener("click", event -> {
            follow();
            Copying.copy(document, snippet.getValue(), copied -> {
                if (!copied) {
                    snippet.focus();
                    snippet.select();
                }
                status.say(copied ? COPIED : BLOCKED);
            });
        });
    }

    /** Writes the snippet of the view as it is now, if it is shown and has changed. */
    void follow() {
        if (panel.isHidden()) {
            return;
        }
        Url url = new Url(Window.current().getLocation().getFullURL());
        url.getSearchParams().delete("embed");
        String rest = url.getSearch();
        url.setSearch("?embed" + (rest.isEmpty() ? "" : "&" + rest.substring(1)));
        url.setHash(HashCodec.encode(state.get()));
        String text = EmbedSnippet.of(url.getHref(), url.getOrigin());
        if (!text.equals(shown)) {
            shown = text;
            snippet.setValue(text);
        }
    }
}
