package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.LogAxis;
import rnnplayground.web.dom.Page;

/**
 * The scale of the influence rows, under them: their colours from nothing to the row's largest, on a
 * logarithmic axis, a tick every two powers of ten, labelled as every axis of the page is.
 */
final class InfluenceLegend {
    private InfluenceLegend() {
    }

    /** The legend, at the end of {@code parent}, in a block the lane's copies leave out. */
    static HTMLElement make(HTMLDocument document, HTMLElement parent) {
        HTMLElement block = document.createElement("div");
        block.setClassName("grid-block influence-legend");
        block.setAttribute("aria-hidden", "true");
        HTMLElement line = document.createElement("div");
        line.setClassName("grid-line");
        HTMLElement gutter = document.createElement("div");
        gutter.setClassName("gutter");
        line.appendChild(gutter);
        HTMLElement legend = document.createElement("div");
        legend.setClassName("legend");
        HTMLCanvasElement bar = (HTMLCanvasElement) document.createElement("canvas");
        bar.setClassName("legend-bar");
        LegendBar.draw(bar, ColorScale.MAGNITUDE);
        legend.appendChild(bar);
        HTMLElement labels = document.createElement("div");
        labels.setClassName("legend-ticks");
        LogAxis axis = new LogAxis(-ColorScale.ORDERS, 0);
        for (int p : axis.ticks(2)) {
            HTMLElement tick = document.createElement("span");
            tick.setTextContent(LogAxis.label(p));
            Page.setStyleProperty(tick, "left", (int) (100 * axis.positionOf(p) + 0.5) + "%");
            labels.appendChild(tick);
        }
        legend.appendChild(labels);
        HTMLElement caption = document.createElement("p");
        caption.setClassName("legend-caption");
        caption.setTextContent("∂ rows: each step's size as a share of its row's largest, on a logarithmic scale");
        legend.appendChild(caption);
        line.appendChild(legend);
        block.appendChild(line);
        parent.appendChild(block);
        return block;
    }
}
