package rnnplayground.web.heatmap;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import rnnplayground.app.ColorScale;
import rnnplayground.web.dom.Pixels;

/** A colour legend drawn from the very scale the heatmap uses, one pixel per level, stretched by CSS. */
public final class LegendBar {
    private static final int LEVELS = 256;

    private LegendBar() {
    }

    /** Paints {@code canvas} with the colours of {@code scale}, its lowest value on the left. */
    public static void draw(HTMLCanvasElement canvas, ColorScale scale) {
        int[] abgr = new int[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            abgr[k] = Pixels.abgr(scale.rgb(scale.low + (scale.high - scale.low) * k / (LEVELS - 1)));
        }
        canvas.setWidth(LEVELS);
        canvas.setHeight(1);
        ((CanvasRenderingContext2D) canvas.getContext("2d")).putImageData(Pixels.image(abgr, LEVELS, 1), 0, 0);
    }
}
