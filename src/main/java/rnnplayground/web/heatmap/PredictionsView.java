package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Elements;

/**
 * What the network predicts after each step, under the heatmap and in its columns: a row per symbol,
 * coloured by the probability it comes next (0 … 1), the symbol that truly comes next ringed, and the
 * top guess written under each column (struck through when it is wrong).
 */
public final class PredictionsView {
    private static final int CELL_HEIGHT = 14;

    private final HTMLDocument document;
    private final GridCanvas grid;
    private final HTMLElement guesses;
    private final HeatmapMark cursor;
    private HeatmapMark[] truth = new HeatmapMark[0];
    private HTMLElement[] letters = new HTMLElement[0];
    /** What each letter shows now, so that a frame writes only the letters that change. */
    private String[] looks = new String[0];

    PredictionsView(HTMLDocument document, HTMLCanvasElement canvas, HTMLElement labels, HTMLElement guesses) {
        this.document = document;
        grid = new GridCanvas(document, canvas, labels);
        this.guesses = guesses;
        cursor = grid.newMark("cursor");
    }

    GridCanvas grid() {
        return grid;
    }

    /** Sizes the view for {@code trajectory}, columns {@code cellWidth} wide, and paints the first {@code shown}. */
    void layout(Trajectory trajectory, Predictions predictions, int cellWidth, int shown) {
        int steps = trajectory.steps();
        grid.layout(Alphabet.SIZE, steps, cellWidth, Zoom.rows(CELL_HEIGHT), SymbolText::glyph);
        Elements.empty(guesses);
        letters = new HTMLElement[steps];
        looks = new String[steps];
        for (int t = 0; t < steps; t++) {
            letters[t] = document.createElement("span");
            guesses.appendChild(letters[t]);
        }
        int marks = Math.max(0, steps - 1);
        if (truth.length != marks) {
            for (HeatmapMark mark : truth) {
                mark.remove();
            }
            truth = new HeatmapMark[marks];
            for (int t = 0; t < marks; t++) {
                truth[t] = grid.newMark("truth");
            }
        }
        draw(trajectory, predictions, 0, shown);
        clear(shown, steps);
    }

    /** Paints columns [from, to): the probabilities, the true next symbol, the top guess. */
    void draw(Trajectory trajectory, Predictions predictions, int from, int to) {
        grid.paint(from, to, (k, t) -> ColorScale.PROBABILITY.rgb(predictions.probability(t, k)));
        for (int t = from; t < to; t++) {
            int guess = predictions.top(t);
            String look = t < truth.length ? guess == trajectory.symbol(t + 1) ? "" : "wrong" : "beyond";
            if (t < truth.length) {
                grid.outline(truth[t], t, trajectory.symbol(t + 1), 1, 1);
            }
            show(t, SymbolText.glyph(guess), look);
        }
    }

    /** Blanks columns [from, to): steps the replay has not reached. */
    void clear(int from, int to) {
        grid.clear(from, to);
        for (int t = from; t < to; t++) {
            show(t, "", "");
            if (t < truth.length) {
                truth[t].hide();
            }
        }
    }

    private void show(int t, String text, String look) {
        String both = text + "/" + look;
        if (!both.equals(looks[t])) {
            looks[t] = both;
            letters[t].setTextContent(text);
            letters[t].setClassName(look);
        }
    }

    /** The cursor on cell (k, t), or none when k is -1. */
    public void markCursor(int k, int t) {
        grid.outline(cursor, k >= 0 ? t : -1, k, 1, 1);
    }
}
