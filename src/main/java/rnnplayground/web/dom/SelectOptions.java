package rnnplayground.web.dom;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The choices of a select element, written by the page from the facts they offer. */
public final class SelectOptions {
    private SelectOptions() {
    }

    public static void add(HTMLDocument document, HTMLSelectElement select, String value, String label) {
        HTMLElement option = document.createElement("option");
        option.setAttribute("value", value);
        option.setTextContent(label);
        select.appendChild(option);
    }
}
