package rnnplayground.web.inspect;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Writes a term's symbol, "W_{xh} x_{t}" or "e^{y − m}", as text with sub and sup elements: never as HTML. */
public final class TermSymbol {
    private TermSymbol() {
    }

    static void write(HTMLDocument document, HTMLElement parent, String markup) {
        int at = 0;
        while (at < markup.length()) {
            int open = next(markup, at);
            int close = open < 0 ? -1 : markup.indexOf('}', open);
            if (close < 0) {
                parent.appendChild(document.createTextNode(markup.substring(at)));
                return;
            }
            if (open > at) {
                parent.appendChild(document.createTextNode(markup.substring(at, open)));
            }
            HTMLElement script = document.createElement(markup.charAt(open) == '_' ? "sub" : "sup");
            script.setTextContent(markup.substring(open + 2, close));
            parent.appendChild(script);
            at = close + 1;
        }
    }

    /** Where the next "_{" or "^{" starts, or -1. */
    private static int next(String markup, int from) {
        int sub = markup.indexOf("_{", from);
        int sup = markup.indexOf("^{", from);
        return sub < 0 ? sup : sup < 0 ? sub : Math.min(sub, sup);
    }
}
