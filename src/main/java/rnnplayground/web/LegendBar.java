package rnnplayground.web;

import java.util.function.DoubleToIntFunction;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** A colour legend drawn from the very scale the heatmap uses, one pixel per level, stretched by CSS. */
final class LegendBar {
    private static final int LEVELS = 256;

    private LegendBar() {
    }

    /** Paints {@code canvas} with {@code rgb} of the values from {@code low} (left) to {@code high} (right). */
    static void draw(HTMLCanvasElement canvas, double low, double high, DoubleToIntFunction rgb) {
        int[] abgr = new int[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            abgr[k] = Pixels.abgr(rgb.applyAsInt(low + (high - low) * k / (LEVELS - 1)));
        }
        canvas.setWidth(LEVELS);
        canvas.setHeight(1);
        ((CanvasRenderingContext2D) canvas.getContext("2d")).putImageData(Pixels.image(abgr, LEVELS, 1), 0, 0);
    }
}
