package rnnplayground.web.share;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.TextRectangle;

/**
 * Where a shared link opens the page: a link that carries a state is about the widget, so the page
 * scrolls to it, the article still above it. The heatmap of the hidden state comes into view whole,
 * with as much of the widget above it as the window holds.
 */
public final class Landing {
    private static final int MARGIN = 8;
    private final HTMLDocument document;
    /** Where the page was scrolled to on landing; -1 before it landed. */
    private int landedAt = -1;

    public Landing(HTMLDocument document) {
        this.document = document;
    }

    public void land() {
        if (document.getDocumentElement().hasAttribute("data-embed")) {
            return; // embedded, the widget is the page
        }
        Window window = Window.current();
        int scrolled = window.getScrollY();
        TextRectangle widget = document.getElementById("playground").getBoundingClientRect();
        TextRectangle heatmap = document.getElementById("heatmap").getBoundingClientRect();
        int top = Math.max(widget.getTop(), heatmap.getBottom() - window.getInnerHeight() + 2 * MARGIN);
        window.scrollTo(0, scrolled + Math.min(top, heatmap.getTop()) - MARGIN);
        landedAt = window.getScrollY();
    }

    /** Lands again after what is drawn above the heatmap changed its height, unless the reader has scrolled since. */
    public void keep() {
        if (landedAt >= 0 && Window.current().getScrollY() == landedAt) {
            land();
        }
    }
}
