package rnnplayground.web.training;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.Change;
import rnnplayground.app.ColorScale;
import rnnplayground.app.Lanes;
import rnnplayground.app.NumberText;
import rnnplayground.app.PageState;
import rnnplayground.app.SampleSettings;
import rnnplayground.app.SymbolText;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Sample;
import rnnplayground.core.Sampler;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * "Let it write": text the network generates from the sequence's first symbol, at a temperature and
 * with a seed of its own (both in the link, so a link shows the same text), beside the real sequence,
 * each sampled symbol coloured by the probability it had. One line per network on show.
 */
public final class SampleView implements WidgetState.View {
    private final HTMLDocument document;
    private final HTMLInputElement temperature;
    private final HTMLElement temperatureValue;
    private final HTMLElement samples;

    public SampleView(HTMLDocument document, WidgetState widget) {
        this.document = document;
        temperature = (HTMLInputElement) document.getElementById("temperature");
        temperatureValue = document.getElementById("temperature-value");
        samples = document.getElementById("samples");
        temperature.setAttribute("max", String.valueOf(SampleSettings.TEMPERATURE_TEXTS.length - 1));
        temperature.addEventListener("input", event -> temperatureValue.setTextContent(
                SampleSettings.TEMPERATURE_TEXTS[Integer.parseInt(temperature.getValue())]));
        temperature.addEventListener("change",
                event -> widget.setTemperature(Integer.parseInt(temperature.getValue())));
        document.getElementById("resample").addEventListener("click",
                event -> widget.setSampleSeed(Page.randomSeed()));
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.SAMPLE)) {
            show(widget.page(), widget.lanes());
        }
    }

    /** Samples every lane's network anew for {@code state}. */
    private void show(PageState state, Lanes lanes) {
        temperature.setValue(String.valueOf(state.temperature));
        temperatureValue.setTextContent(SampleSettings.TEMPERATURE_TEXTS[state.temperature]);
        Elements.empty(samples);
        if (state.sequence.isEmpty()) {
            line("", "Type a sequence: the sample starts from its first symbol.", null);
            return;
        }
        line("yours", state.sequence, null);
        for (int k = 0; k < lanes.count(); k++) {
            Sample sample = Sampler.sample(lanes.model(k).network(), Alphabet.indexOf(state.sequence.charAt(0)),
                    SampleSettings.LENGTH, SampleSettings.temperature(state.temperature), state.sampleSeed);
            line(lanes.count() > 1 ? lanes.model(k).network().cell.displayName() : "sampled", sample.text(), sample);
        }
    }

    /** A line: its label, then its text, each symbol coloured by its probability when {@code sample} is given. */
    private void line(String label, String text, Sample sample) {
        HTMLElement line = document.createElement("p");
        line.setClassName("sample-line");
        HTMLElement name = document.createElement("span");
        name.setClassName("sample-label");
        name.setTextContent(label);
        line.appendChild(name);
        HTMLElement symbols = document.createElement("span");
        symbols.setClassName("sample-text");
        if (sample == null) {
            symbols.setTextContent(text);
        } else {
            for (int t = 0; t < sample.symbols.length; t++) {
                HTMLElement symbol = document.createElement("span");
                double p = sample.probabilities[t];
                symbol.setTextContent(SymbolText.glyph(sample.symbols[t]));
                symbol.setAttribute("title", "probability " + NumberText.fixed(p, 2));
                symbol.setClassName(ColorScale.PROBABILITY.wantsLightText(p) ? "light" : "");
                Page.setStyleProperty(symbol, "background-color", ColorScale.PROBABILITY.css(p));
                symbols.appendChild(symbol);
            }
            line.setAttribute("data-text", text);
        }
        line.appendChild(symbols);
        samples.appendChild(line);
    }
}
