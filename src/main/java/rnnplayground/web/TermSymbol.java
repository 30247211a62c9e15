package rnnplayground.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Writes a term's symbol, "W_{xh} x_{t}", as text with sub elements: never as HTML. */
final class TermSymbol {
    private TermSymbol() {
    }

    static void write(HTMLDocument document, HTMLElement parent, String markup) {
        int at = 0;
        while (at < markup.length()) {
            int open = markup.indexOf("_{", at);
            int close = open < 0 ? -1 : markup.indexOf('}', open);
            if (close < 0) {
                parent.appendChild(document.createTextNode(markup.substring(at)));
                return;
            }
            if (open > at) {
                parent.appendChild(document.createTextNode(markup.substring(at, open)));
            }
            HTMLElement sub = document.createElement("sub");
            sub.setTextContent(markup.substring(open + 2, close));
            parent.appendChild(sub);
            at = close + 1;
        }
    }
}
