package rnnplayground.web.share;

import java.util.function.Supplier;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLIFrameElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import rnnplayground.app.EmbedSnippet;
import rnnplayground.app.HashCodec;
import rnnplayground.app.PageState;
import rnnplayground.web.dom.Copying;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.StatusLine;
import rnnplayground.web.dom.Url;

/**
 * "Embed": the HTML that puts this very view in another page (an iframe of the page with "?embed",
 * the real address filled in), its height explained, and a button that copies it. The snippet follows
 * the view while it is shown. Its frame's height is measured: while the snippet is shown, a frame of
 * the embedded view at the narrowest width, out of sight, tells how tall the view is (its page posts
 * a message whenever its height changes, and the measure is then read from its document).
 */
public final class EmbedControls {
    static final String COPIED = "Snippet copied";
    static final String BLOCKED = "Copying is blocked here: the snippet is selected above, press Ctrl+C (⌘C on a Mac).";
    /** Added to the measured height: the page that embeds the view may round its layout otherwise. */
    private static final int SPARE_PX = 8;

    private final Supplier<PageState> state;
    private final HTMLElement toggle;
    private final HTMLElement panel;
    private final HTMLTextAreaElement snippet;
    private final StatusLine status;
    private final HTMLElement help;
    private final HTMLDocument document;
    private String shown = "";
    private String address = "";
    private String origin = "";
    /** The embedded view, out of sight, while the snippet is shown; null otherwise. */
    private HTMLIFrameElement measure;
    /** The height measured in it, or 0 before the first measure. */
    private int measured;

    public EmbedControls(HTMLDocument document, Supplier<PageState> state) {
        this.state = state;
        toggle = document.getElementById("embed");
        panel = document.getElementById("embed-panel");
        snippet = (HTMLTextAreaElement) document.getElementById("embed-snippet");
        status = new StatusLine(document.getElementById("embed-status"));
        help = document.getElementById("embed-help");
        this.document = document;
        Page.followHash(this::follow);
        Window.current().addEventListener("message", event -> takeMeasure());
        toggle.addEventListener("click", event -> {
            boolean open = panel.isHidden();
            panel.setHidden(!open);
            toggle.setAttribute("aria-expanded", String.valueOf(open));
            if (!open) {
                stopMeasuring();
            }
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
        address = url.getHref();
        origin = url.getOrigin();
        if (measure == null) {
            measure = (HTMLIFrameElement) document.createElement("iframe");
            measure.setClassName("embed-measure");
            measure.getStyle().setProperty("width", EmbedSnippet.NARROWEST + "px");
            measure.setAttribute("title", "The embedded view, measured out of sight");
            measure.setAttribute("inert", "");
            panel.appendChild(measure);
        }
        if (!address.equals(measure.getSourceAddress())) {
            measure.setSourceAddress(address);
        }
        write();
    }

    /** Reads the measuring frame's height, with pixels to spare, in tens (a message came, most likely its new height). */
    private void takeMeasure() {
        HTMLDocument inside = measure == null ? null : measure.getContentDocument();
        if (inside == null || inside.getDocumentElement() == null || !inside.getDocumentElement().hasAttribute("data-embed")) {
            return; // not the embedded page yet, or of another origin (a page opened from disk)
        }
        HTMLElement widget = inside.getElementById("playground");
        if (widget == null || !"done".equals(widget.getAttribute("data-start"))) {
            return; // its widget not drawn yet: a height of the page around it only
        }
        double content = inside.getDocumentElement().getBoundingClientRect().getHeight();
        int height = content > 0 ? ((int) Math.ceil(content) + SPARE_PX + 9) / 10 * 10 : 0;
        if (height > 0 && height != measured) {
            measured = height;
            write();
        }
    }

    private void stopMeasuring() {
        if (measure != null) {
            panel.removeChild(measure);
            measure = null;
        }
    }

    /** The snippet and its note, if they changed. */
    private void write() {
        int height = measured > 0 ? measured : EmbedSnippet.FRAME_HEIGHT;
        String text = EmbedSnippet.of(address, origin, height);
        if (!text.equals(shown)) {
            shown = text;
            snippet.setValue(text);
            help.setTextContent(EmbedSnippet.heightNote(height, measured > 0));
        }
    }
}
