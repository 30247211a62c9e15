package rnnplayground.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.CellArithmetic;
import rnnplayground.app.NumberText;

/** The panel that spells out h[i, t] = tanh((W_xh x_t)_i + (W_hh h_{t-1})_i + b_i) with numbers. */
final class ArithmeticPanel {
    private static final int DIGITS = 4;
    private static final int FULL_DIGITS = 9;

    private final HTMLDocument document;
    private final HTMLElement panel;
    private final HTMLElement title;
    private final HTMLElement terms;
    private final HTMLElement note;
    private final HTMLElement colourButton;

    ArithmeticPanel(HTMLDocument document, Runnable onClose, Runnable onColour) {
        this.document = document;
        panel = document.getElementById("arithmetic");
        title = document.getElementById("arithmetic-title");
        terms = document.getElementById("arithmetic-terms");
        note = document.getElementById("arithmetic-note");
        colourButton = document.getElementById("arithmetic-colour");
        document.getElementById("arithmetic-close").addEventListener("click", event -> onClose.run());
        colourButton.addEventListener("click", event -> onColour.run());
        panel.addEventListener("keydown", event -> {
            if ("Escape".equals(((org.teavm.jso.dom.events.KeyboardEvent) event).getKey())) {
                onClose.run();
            }
        });
    }

    boolean isOpen() {
        return !panel.isHidden();
    }

    void show(CellArithmetic a) {
        int i = a.dimension;
        int t = a.step;
        title.setTextContent("h[" + i + ", " + t + "]: dimension " + i + " after reading " + a.symbolName()
                + " at step " + t);
        while (terms.getFirstChild() != null) {
            terms.removeChild(terms.getFirstChild());
        }
        row("input", "(W", "xh", " x", "t", ")", String.valueOf(i),
                "x_t is one-hot for " + a.symbolName() + ", so it picks column " + a.column + " of W_xh",
                a.inputTerm, false);
        row("recurrent", "(W", "hh", " h", "t−1", ")", String.valueOf(i),
                t == 0 ? "h before the first step is all zeros" : "row " + i + " of W_hh times h at step " + (t - 1)
                        + " (the dashed column)",
                a.recurrentTerm, false);
        row("bias", "b", String.valueOf(i), "", "", "", "", "the bias of dimension " + i, a.biasTerm, false);
        row("pre", "sum", "", "", "", "", "", "the pre-activation: the three terms added", a.preActivation, true);
        row("value", "tanh(sum)", "", "", "", "", "", "squashed into (−1, 1): the cell's value", a.value, false);
        note.setTextContent("tanh(" + NumberText.fixed(a.preActivation, DIGITS) + ") = "
                + NumberText.fixed(a.value, DIGITS) + ", the colour of the cell.");
        colourButton.setTextContent("Colour the letters by dimension " + i);
        panel.setHidden(false);
    }

    void hide() {
        panel.setHidden(true);
    }

    void focus() {
        panel.focus();
    }

    /** One line: a symbol like (W_xh x_t)_i written with subscripts, what it is, and its value. */
    private void row(String term, String base, String baseSub, String middle, String middleSub, String close,
            String outerSub, String meaning, double value, boolean total) {
        HTMLElement tr = document.createElement("tr");
        if (total) {
            tr.setClassName("total");
        }
        HTMLElement th = document.createElement("th");
        th.setAttribute("scope", "row");
        th.appendChild(document.createTextNode(base));
        subscript(th, baseSub);
        th.appendChild(document.createTextNode(middle));
        subscript(th, middleSub);
        th.appendChild(document.createTextNode(close));
        subscript(th, outerSub);
        HTMLElement what = document.createElement("td");
        what.setTextContent(meaning);
        HTMLElement number = document.createElement("td");
        number.setClassName("number");
        number.setAttribute("data-term", term);
        number.setAttribute("data-value", NumberText.plain(value, FULL_DIGITS));
        number.setTextContent(NumberText.fixed(value, DIGITS));
        tr.appendChild(th);
        tr.appendChild(what);
        tr.appendChild(number);
        terms.appendChild(tr);
    }

    private void subscript(HTMLElement parent, String text) {
        if (!text.isEmpty()) {
            HTMLElement sub = document.createElement("sub");
            sub.setTextContent(text);
            parent.appendChild(sub);
        }
    }
}
