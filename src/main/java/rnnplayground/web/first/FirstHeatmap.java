package rnnplayground.web.first;

import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.FirstLanes;
import rnnplayground.app.PlainLink;
import rnnplayground.web.dom.Page;
import rnnplayground.web.heatmap.GridCursor;
import rnnplayground.web.heatmap.LaneGrids;
import rnnplayground.web.share.Landing;

/**
 * The entry point of the small build (first.js): a plain link's networks, their states and their lanes
 * drawn by the page's own classes, and nothing else, so that a first visit shows its heatmap before the
 * full build has loaded. The full build then takes over a fresh copy of the heatmap's box (web/boot.js).
 * A link that is not plain ({@link PlainLink}) is left to the full build, which then marks the first heatmap.
 */
public final class FirstHeatmap {
    private FirstHeatmap() {
    }

    public static void main(String[] args) {
        PlainLink link = PlainLink.read(Page.hash());
        if (link == null) {
            return;
        }
        HTMLDocument document = HTMLDocument.current();
        // Nothing answers a person before the full build has taken over.
        new LaneGrids(document, new FirstLanes(link), lane -> (canvas, grid, index) -> GridCursor.NONE, () -> { }).layOut();
        if (link.fromLink) {
            new Landing(document).land(); // where the full build lands too
        }
        Page.mark("first-heatmap");
    }
}
