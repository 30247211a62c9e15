package rnnplayground.web.experiment;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.ExperimentResult;
import rnnplayground.app.RecallExperiment;
import rnnplayground.app.RecallInfluence;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Cells;
import rnnplayground.core.Network;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.SelectOptions;

/**
 * For a cell and a gap of the experiment, chosen in two menus: where the gradient dies in its trained
 * network (the first of the point's), a row of the symbols read coloured by how much the prediction
 * after the cue depends on the state after each (see {@link RecallInfluence}), and a sentence.
 */
final class RecallInfluenceView {
    private final HTMLDocument document;
    private final HTMLElement box;
    private final HTMLSelectElement cell;
    private final HTMLSelectElement gap;
    private final HTMLElement row;
    private final HTMLElement sentence;
    private RecallExperiment experiment;

    RecallInfluenceView(HTMLDocument document) {
        this.document = document;
        box = document.getElementById("recall-influence");
        cell = (HTMLSelectElement) document.getElementById("recall-cell");
        gap = (HTMLSelectElement) document.getElementById("recall-gap");
        row = document.getElementById("recall-influence-row");
        sentence = document.getElementById("recall-influence-sentence");
        cell.addEventListener("change", event -> draw());
        gap.addEventListener("change", event -> draw());
    }

    /** A new experiment: its cells and gaps to choose from, the first cell and the longest gap chosen. */
    void start(RecallExperiment next) {
        experiment = next;
        ExperimentResult result = next.result();
        Elements.empty(cell);
        for (int c = 0; c < result.cellCount(); c++) {
            SelectOptions.add(document, cell, String.valueOf(c), Cells.displayName(result.cell(c)));
        }
        Elements.empty(gap);
        for (int g = 0; g < result.gapCount(); g++) {
            SelectOptions.add(document, gap, String.valueOf(g), String.valueOf(result.gap(g)));
        }
        gap.setValue(String.valueOf(result.gapCount() - 1));
        box.setHidden(false);
        draw();
    }

    /** The chosen point, once its first network is trained. */
    void draw() {
        if (experiment == null) {
            return;
        }
        int c = Integer.parseInt(cell.getValue());
        int g = Integer.parseInt(gap.getValue());
        Network network = experiment.trained(c, g);
        Elements.empty(row);
        if (network == null) {
            String text = experiment.done() ? "This point was not measured." : "Not trained yet: it comes when the "
                    + "experiment reaches it.";
            sentence.setTextContent(text);
            row.setAttribute("aria-label", text);
            return;
        }
        RecallInfluence influence = RecallInfluence.of(network, experiment.settings().gap(g));
        for (int j = 0; j < influence.steps(); j++) {
            HTMLElement symbol = document.createElement("span");
            double magnitude = influence.magnitude(j);
            symbol.setClassName(ColorScale.MAGNITUDE.wantsLightText(magnitude) ? "light" : "");
            Page.setStyleProperty(symbol, "background-color", ColorScale.MAGNITUDE.css(magnitude));
            symbol.setTextContent(SymbolText.glyph(influence.sequence.symbols[j]));
            row.appendChild(symbol);
        }
        String text = influence.sentence();
        row.setAttribute("aria-label", "“" + influence.sequence.text().substring(0, influence.steps()) + "”: " + text);
        sentence.setTextContent(text);
    }
}
