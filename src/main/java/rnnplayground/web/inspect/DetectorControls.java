package rnnplayground.web.inspect;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Change;
import rnnplayground.app.LetterDetectors;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.SelectOptions;

/**
 * "Find a detector of" a symbol: the dimensions that react most to it (mean on the symbol minus mean
 * elsewhere, either way), the first few as buttons that colour the letters by them. Choosing a symbol
 * colours the letters by the first at once. The symbol chosen travels in the link.
 */
public final class DetectorControls implements WidgetState.View {
    private static final int SHOWN = 5;

    private final HTMLDocument document;
    private final Supplier<Trajectory> trajectory;
    private final IntConsumer colourBy;
    private final IntConsumer detect;
    private final HTMLSelectElement symbol;
    private final HTMLElement ranking;
    private final HTMLElement summary;
    private final HTMLElement dimensions;
    /** What the buttons show, so that a frame rebuilds them only when it changed. */
    private String shown = "";
    private int colouring = -1;

    /** {@code detect} is told the symbol chosen (-1: none), {@code colourBy} the dimension to colour the letters by. */
    public DetectorControls(HTMLDocument document, Supplier<Trajectory> trajectory, IntConsumer colourBy,
            IntConsumer detect) {
        this.document = document;
        this.trajectory = trajectory;
        this.colourBy = colourBy;
        this.detect = detect;
        symbol = (HTMLSelectElement) document.getElementById("detector");
        ranking = document.getElementById("detector-ranking");
        summary = document.getElementById("detector-summary");
        dimensions = document.getElementById("detector-dimensions");
        for (int k = 0; k < Alphabet.SIZE; k++) {
            SelectOptions.add(document, symbol, String.valueOf(k), SymbolText.name(k));
        }
        symbol.addEventListener("change", event -> chosen());
    }

    private int chosenSymbol() {
        return Integer.parseInt(symbol.getValue());
    }

    private void chosen() {
        int k = chosenSymbol();
        detect.accept(k);
        if (k >= 0) {
            LetterDetectors detectors = new LetterDetectors(trajectory.get(), k);
            if (detectors.ranking.length > 0) {
                colourBy.accept(detectors.ranking[0]);
            }
        }
        render(trajectory.get(), colouring);
    }

    /** Follows the widget: its trajectory, the colouring, and the symbol a link chose. */
    @Override
    public void show(WidgetState widget, Change change) {
        String wanted = String.valueOf(widget.page().detector);
        if (!wanted.equals(symbol.getValue())) {
            symbol.setValue(wanted);
        }
        render(widget.trajectory(), widget.page().colour);
    }

    /** Follows the trajectory (new values, a new sequence) and the dimension the letters are coloured by. */
    private void render(Trajectory current, int colouringDimension) {
        colouring = colouringDimension;
        int k = chosenSymbol();
        Elements.show(ranking, k >= 0);
        if (k < 0) {
            shown = "";
            return;
        }
        LetterDetectors detectors = new LetterDetectors(current, k);
        StringBuilder key = new StringBuilder(detectors.problem).append(colouring);
        int count = Math.min(SHOWN, detectors.ranking.length);
        for (int n = 0; n < count; n++) {
            key.append(' ').append(label(detectors, n));
        }
        if (key.toString().equals(shown)) {
            return;
        }
        shown = key.toString();
        summary.setTextContent(detectors.problem.isEmpty() ? "Mean on " + SymbolText.quoted(k)
                + " minus mean elsewhere, the largest either way first: dimension " + detectors.ranking[0]
                + " reacts most" + (colouring >= 0 ? "; the letters are coloured by dimension " + colouring + "." : ".")
                : detectors.problem);
        Elements.empty(dimensions);
        for (int n = 0; n < count; n++) {
            int dimension = detectors.ranking[n];
            HTMLElement button = document.createElement("button");
            button.setAttribute("type", "button");
            button.setAttribute("aria-pressed", String.valueOf(dimension == colouring));
            button.setAttribute("aria-label", "Dimension " + dimension + ": " + signed(detectors.difference[dimension])
                    + " on " + SymbolText.quoted(k) + " against elsewhere");
            button.setAttribute("data-dimension", String.valueOf(dimension));
            button.setTextContent(label(detectors, n));
            button.addEventListener("click", event -> colourBy.accept(dimension));
            dimensions.appendChild(button);
        }
    }

    /** "7: +0.84" for the n-th of the ranking. */
    private static String label(LetterDetectors detectors, int n) {
        int dimension = detectors.ranking[n];
        return dimension + ": " + signed(detectors.difference[dimension]);
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + NumberText.fixed(value, 2);
    }
}
