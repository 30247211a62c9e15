package rnnplayground.web.training;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.Change;
import rnnplayground.app.Lanes;
import rnnplayground.app.PageState;
import rnnplayground.app.SampleSettings;
import rnnplayground.app.SampleText;
import rnnplayground.app.WidgetState;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.NextSymbolChart;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Sample;
import rnnplayground.core.Sampler;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.Redraw;
import rnnplayground.web.figures.FigureSvg;

/**
 * "Let it write": text the network generates from the sequence's first symbol, at a temperature and
 * with a seed of its own (both in the link, so a link shows the same text), beside the real sequence,
 * each sampled symbol coloured by the probability it had. One line per network on show, spaces shown
 * as ␣. Beside it, what temperature does: the next symbol's probabilities after the step being read
 * (the last when none is), at temperature 1 and at the slider's, following the slider as it moves.
 */
public final class SampleView implements WidgetState.View {
    /** What moves the chart of the next symbol: the step read, the weights (once they settle), the sequence. */
    private static final int CHARTED = Change.SAMPLE | Change.POSITION | Change.SETTLED | Change.LAYOUT;

    private final HTMLDocument document;
    private final WidgetState widget;
    private final HTMLInputElement temperature;
    private final HTMLElement temperatureValue;
    private final HTMLElement samples;
    private final HTMLElement note;
    private final HTMLElement chart;
    private final FigureSvg chartSvg;
    private final HTMLElement chartTitle;
    private final Redraw redraw;
    private final List<SampleLine> lines = new ArrayList<>();

    public SampleView(HTMLDocument document, WidgetState widget) {
        this.document = document;
        this.widget = widget;
        temperature = (HTMLInputElement) document.getElementById("temperature");
        temperatureValue = document.getElementById("temperature-value");
        samples = document.getElementById("samples");
        note = document.getElementById("sample-note");
        chart = document.getElementById("next-symbol");
        chartTitle = document.getElementById("next-symbol-title");
        chartSvg = new FigureSvg(document, document.getElementById("next-symbol-host"), action -> { });
        redraw = new Redraw(samples.getParentNode().cast(), this::redrawFrame);
        document.getElementById("temperature-help").setTextContent(SampleText.temperature());
        temperature.setAttribute("max", String.valueOf(SampleSettings.TEMPERATURE_TEXTS.length - 1));
        temperature.addEventListener("input", event -> {
            int index = Integer.parseInt(temperature.getValue());
            temperatureValue.setTextContent(SampleSettings.TEMPERATURE_TEXTS[index]);
            drawChart(index);
        });
        temperature.addEventListener("change",
                event -> widget.setTemperature(Integer.parseInt(temperature.getValue())));
        document.getElementById("resample").addEventListener("click",
                event -> widget.setSampleSeed(Page.randomSeed()));
    }

    /**
     * Follows the widget; the slider is set from the state only when the state's temperature changed,
     * so that a frame of training never moves it under a finger (the chart follows the slider).
     */
    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.SAMPLE) && change.has(Change.FRAME) && !change.hasAny(CHARTED & ~Change.SAMPLE)) {
            redraw.later(); // a training frame's sample and chart: in a frame of their own, while in sight
            return;
        }
        if (change.has(Change.SAMPLE)) {
            show(widget.page(), widget.lanes(), !change.has(Change.FRAME));
        }
        if (change.hasAny(CHARTED)) {
            drawChart(Integer.parseInt(temperature.getValue()));
        }
    }

    /** The sample and the chart of a training frame. */
    private void redrawFrame() {
        show(widget.page(), widget.lanes(), false);
        drawChart(Integer.parseInt(temperature.getValue()));
    }

    /** The next symbol's probabilities after the step being read, at temperature 1 and at that of index {@code index}. */
    private void drawChart(int index) {
        int steps = widget.steps();
        chart.setHidden(steps == 0);
        if (steps == 0) {
            return;
        }
        int step = widget.playback().currentStep();
        int after = step >= 0 ? step : steps - 1;
        Figure figure = NextSymbolChart.of(widget.model(0).predictions(), after, widget.trajectory().symbol(after), index);
        chartSvg.write(figure, null);
        chartTitle.setTextContent(figure.title);
        chart.setAttribute("data-temperature", SampleSettings.TEMPERATURE_TEXTS[index]);
    }

    /** Samples every lane's network anew for {@code state}; {@code setSlider}: the slider shows its temperature. */
    private void show(PageState state, Lanes lanes, boolean setSlider) {
        if (setSlider) {
            temperature.setValue(String.valueOf(state.temperature));
            temperatureValue.setTextContent(SampleSettings.TEMPERATURE_TEXTS[state.temperature]);
        }
        String agreement = "";
        if (state.sequence.isEmpty()) {
            line(0).show("", "Type a sequence: the sample starts from its first symbol.", null);
            keepLines(1);
        } else {
            line(0).show("yours", SampleText.visible(state.sequence), null);
            String[] texts = new String[lanes.count()];
            for (int k = 0; k < lanes.count(); k++) {
                Sample sample = Sampler.sample(lanes.model(k).network(), Alphabet.indexOf(state.sequence.charAt(0)),
                        SampleSettings.LENGTH, SampleSettings.temperature(state.temperature), state.sampleSeed);
                texts[k] = sample.text();
                line(k + 1).show(lanes.count() > 1 ? lanes.model(k).network().cell.displayName() : "sampled", texts[k], sample);
            }
            keepLines(lanes.count() + 1);
            if (texts.length > 1) {
                agreement = SampleText.agreement(texts[0], texts[1], lanes.first().plan().steps());
            }
        }
        Elements.text(note, agreement);
    }

    /** Line {@code index} of the samples, made if it is not yet. */
    private SampleLine line(int index) {
        if (index == lines.size()) {
            lines.add(new SampleLine(document, samples));
        }
        return lines.get(index);
    }

    /** Removes the lines after the first {@code count}. */
    private void keepLines(int count) {
        while (lines.size() > count) {
            samples.removeChild(lines.remove(lines.size() - 1).line);
        }
    }
}
