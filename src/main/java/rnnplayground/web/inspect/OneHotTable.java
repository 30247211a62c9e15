package rnnplayground.web.inspect;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Alphabet;
import rnnplayground.web.dom.Elements;

/**
 * The one-hot x_t of a step, in the arithmetic panel: every symbol with its index, and the vector's
 * single 1 under the symbol read, which is the column of the input weights the step used.
 */
public final class OneHotTable {
    private final HTMLDocument document;
    private final HTMLElement table;
    private int shownSymbol = -1;
    private int shownStep = -1;

    OneHotTable(HTMLDocument document, HTMLElement table) {
        this.document = document;
        this.table = table;
    }

    /** x_t for {@code symbol} read at {@code step}; a symbol of -1 hides the table. */
    void show(int symbol, int step) {
        table.setHidden(symbol < 0);
        if (symbol < 0 || symbol == shownSymbol && step == shownStep) {
            return;
        }
        shownSymbol = symbol;
        shownStep = step;
        Elements.empty(table);
        String x = "x_{" + step + "}";
        HTMLElement caption = document.createElement("caption");
        TermSymbol.write(document, caption, x + ", the one-hot of " + SymbolText.quoted(symbol) + ": 1 at index " + symbol);
        table.appendChild(caption);
        HTMLElement indices = row("index");
        HTMLElement symbols = row("symbol");
        HTMLElement vector = row(x);
        for (int k = 0; k < Alphabet.SIZE; k++) {
            cell(indices, String.valueOf(k), k == symbol);
            cell(symbols, SymbolText.glyph(k), k == symbol);
            cell(vector, k == symbol ? "1" : "0", k == symbol);
        }
    }

    private HTMLElement row(String name) {
        HTMLElement tr = document.createElement("tr");
        HTMLElement th = document.createElement("th");
        th.setAttribute("scope", "row");
        TermSymbol.write(document, th, name);
        tr.appendChild(th);
        table.appendChild(tr);
        return tr;
    }

    private void cell(HTMLElement tr, String text, boolean chosen) {
        HTMLElement td = document.createElement("td");
        td.setTextContent(text);
        if (chosen) {
            td.setClassName("chosen");
        }
        tr.appendChild(td);
    }
}
