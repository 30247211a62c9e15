package rnnplayground.web.first;

import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.Choice;
import rnnplayground.app.HashCodec;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Page;
import rnnplayground.web.heatmap.LaneViews;
import rnnplayground.web.share.Landing;

/**
 * The entry point of the small build (first.js): the link's network, its states and its lanes drawn
 * by the page's own classes, and nothing else, so that a first visit shows its heatmap before the full
 * build has loaded. The full build then takes over a fresh copy of the heatmap's box (web/boot.js).
 */
public final class FirstHeatmap implements LaneViews.Actions {
    private FirstHeatmap() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        HashCodec.Decoded decoded = HashCodec.decode(Page.hash());
        WidgetState widget = new WidgetState(decoded.state, Page::now);
        widget.subscribe(new LaneViews(document, widget, new FirstHeatmap()));
        widget.start();
        if (decoded.fromLink) {
            new Landing(document).land(); // where the full build lands too
        }
        Page.mark("first-heatmap");
    }

    // Nothing answers a person before the full build has taken over.
    @Override
    public void open(Choice choice) {
    }

    @Override
    public void close() {
    }

    @Override
    public void togglePlay() {
    }
}
