package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * One outlined rectangle over the heatmap: an element on top of the canvas, styled by its kind in
 * widget.css. It moves by a transform, so a mark that follows the replay costs no layout and no
 * repaint of the heatmap under it.
 */
public final class HeatmapMark {
    private final HTMLElement element;
    /** The box last set, so that a frame writes only what moved. */
    private int left = -1;
    private int top = -1;
    private int width = -1;
    private int height = -1;

    HeatmapMark(HTMLDocument document, HTMLElement parent, String kind) {
        element = document.createElement("div");
        element.setClassName("heatmap-mark " + kind);
        element.setHidden(true);
        parent.appendChild(element);
    }

    /** Outlines the box {@code width} × {@code height} CSS pixels whose top left corner is (left, top). */
    void show(int left, int top, int width, int height) {
        if (width != this.width || height != this.height) {
            this.width = width;
            this.height = height;
            Page.setStyleProperty(element, "width", width + "px");
            Page.setStyleProperty(element, "height", height + "px");
        }
        if (left != this.left || top != this.top) {
            this.left = left;
            this.top = top;
            Page.setStyleProperty(element, "transform", "translate(" + left + "px, " + top + "px)");
        }
        Elements.show(element, true);
    }

    public void hide() {
        Elements.show(element, false);
    }

    /** Takes the mark off the page for good. */
    void remove() {
        element.getParentNode().removeChild(element);
    }
}
