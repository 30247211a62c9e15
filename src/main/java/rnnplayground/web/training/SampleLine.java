package rnnplayground.web.training;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Sample;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * A line of "Let it write": its label, then its text, each sampled symbol coloured by the probability
 * it had. Written again in place: the symbols' elements are kept, and only what differs is set, so a
 * training frame's new sample costs the page no new elements.
 */
final class SampleLine {
    /** A sampled symbol's element and what it shows. */
    private static final class Symbol {
        final HTMLElement element;
        String glyph = "";
        String title = "";
        String colour = "";
        boolean light;

        Symbol(HTMLElement element) {
            this.element = element;
        }
    }

    private final HTMLDocument document;
    final HTMLElement line;
    private final HTMLElement label;
    private final HTMLElement text;
    private final List<Symbol> symbols = new ArrayList<>();

    SampleLine(HTMLDocument document, HTMLElement parent) {
        this.document = document;
        line = document.createElement("p");
        line.setClassName("sample-line");
        label = document.createElement("span");
        label.setClassName("sample-label");
        line.appendChild(label);
        text = document.createElement("span");
        text.setClassName("sample-text");
        line.appendChild(text);
        parent.appendChild(line);
    }

    /** Shows {@code labelText}, then {@code plain}, its symbols coloured by their probabilities when {@code sample} is given. */
    void show(String labelText, String plain, Sample sample) {
        Elements.text(label, labelText);
        if (sample == null) {
            symbols.clear();
            text.setTextContent(plain);
            line.removeAttribute("data-text");
            return;
        }
        if (symbols.isEmpty()) {
            text.setTextContent("");
        }
        int length = sample.symbols.length;
        while (symbols.size() > length) {
            text.removeChild(symbols.remove(symbols.size() - 1).element);
        }
        while (symbols.size() < length) {
            HTMLElement element = document.createElement("span");
            text.appendChild(element);
            symbols.add(new Symbol(element));
        }
        for (int t = 0; t < length; t++) {
            show(symbols.get(t), SymbolText.glyph(sample.symbols[t]), sample.probabilities[t]);
        }
        line.setAttribute("data-text", plain);
    }

    private static void show(Symbol symbol, String glyph, double p) {
        if (!glyph.equals(symbol.glyph)) {
            symbol.glyph = glyph;
            symbol.element.setTextContent(glyph);
        }
        String title = "probability " + NumberText.fixed(p, 2);
        if (!title.equals(symbol.title)) {
            symbol.title = title;
            symbol.element.setAttribute("title", title);
        }
        boolean light = ColorScale.PROBABILITY.wantsLightText(p);
        if (light != symbol.light || symbol.colour.isEmpty()) {
            symbol.light = light;
            symbol.element.setClassName(light ? "light" : "");
        }
        String colour = ColorScale.PROBABILITY.css(p);
        if (!colour.equals(symbol.colour)) {
            symbol.colour = colour;
            Page.setStyleProperty(symbol.element, "background-color", colour);
        }
    }
}
