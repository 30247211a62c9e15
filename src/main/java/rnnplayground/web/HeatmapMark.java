package rnnplayground.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One outlined rectangle over the heatmap: an element on top of the canvas, styled by its kind in
 * style.css. It moves by a transform, so a mark that follows the replay costs no layout and no
 * repaint of the heatmap under it.
 */
final class HeatmapMark {
    private final HTMLElement element;
    private String size = "";
    private String place = "";

    HeatmapMark(HTMLDocument document, HTMLElement parent, String kind) {
        element = document.createElement("div");
        element.setClassName("heatmap-mark " + kind);
        element.setHidden(true);
        parent.appendChild(element);
    }

    /** Outlines the box {@code width} × {@code height} CSS pixels whose top left corner is (left, top). */
    void show(int left, int top, int width, int height) {
        String nextSize = width + "px " + height + "px";
        if (!nextSize.equals(size)) {
            size = nextSize;
            Browser.setStyleProperty(element, "width", width + "px");
            Browser.setStyleProperty(element, "height", height + "px");
        }
        String nextPlace = "translate(" + left + "px, " + top + "px)";
        if (!nextPlace.equals(place)) {
            place = nextPlace;
            Browser.setStyleProperty(element, "transform", nextPlace);
        }
        element.setHidden(false);
    }

    void hide() {
        element.setHidden(true);
    }
}
