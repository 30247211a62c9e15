package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.ColorScale;

/** The colour scales under the grids: the state's, a probability's, a gate's and a size's. */
public final class Legends {
    private Legends() {
    }

    public static void draw(HTMLDocument document) {
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-bar"), ColorScale.STATE);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-probability"), ColorScale.PROBABILITY);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-gate"), ColorScale.GATE);
        LegendBar.draw((HTMLCanvasElement) document.getElementById("legend-magnitude"), ColorScale.MAGNITUDE);
    }
}
