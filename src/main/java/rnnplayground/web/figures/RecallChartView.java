package rnnplayground.web.figures;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ExperimentResult;
import rnnplayground.app.ExperimentText;
import rnnplayground.app.RecallSentences;
import rnnplayground.app.figures.RecallChart;
import rnnplayground.web.dom.Download;
import rnnplayground.web.dom.Elements;

/**
 * The recall experiment's chart (see {@link RecallChart}), laid out for the width it has, its caption,
 * a sentence per cell, and its downloads: the chart as SVG and PNG, the numbers as CSV. The result's
 * checksum is on the figure (data-checksum) once it is complete: the same bits give the same number.
 */
public final class RecallChartView {
    private final HTMLDocument document;
    private final HTMLElement root;
    private final HTMLElement host;
    private final HTMLElement caption;
    private final HTMLElement sentences;
    private final FigureSvg svg;
    private ExperimentResult result;

    /** The chart in {@code root} (a figure with ".figure-host", ".figure-caption" and ".figure-actions"), the sentences in {@code sentences}. */
    public RecallChartView(HTMLDocument document, HTMLElement root, HTMLElement sentences) {
        this.document = document;
        this.root = root;
        this.sentences = sentences;
        host = root.querySelector(".figure-host");
        caption = root.querySelector(".figure-caption");
        svg = new FigureSvg(document, host, action -> { });
        FigureFiles.wire(document, root, svg, extension -> ExperimentText.fileName(result.settings(), extension));
        root.querySelector(".figure-save-csv").addEventListener("click", event -> Download.text(document,
                ExperimentText.csv(result), "text/csv", ExperimentText.fileName(result.settings(), "csv")));
    }

    /** Draws {@code shown} as far as it is measured. */
    public void draw(ExperimentResult shown) {
        result = shown;
        root.setHidden(false);
        layout();
        caption.setTextContent(RecallChart.caption(shown));
        Elements.empty(sentences);
        for (String sentence : RecallSentences.all(shown)) {
            HTMLElement item = document.createElement("li");
            item.setTextContent(sentence);
            sentences.appendChild(item);
        }
        if (shown.complete()) {
            root.setAttribute("data-checksum", String.valueOf(shown.checksum()));
        } else {
            root.removeAttribute("data-checksum");
        }
    }

    /** The chart laid out again for the width it has now (a new window width, the group opened). */
    public void layout() {
        if (result != null) {
            svg.write(RecallChart.of(result, root.getClientWidth()), null);
        }
    }
}
