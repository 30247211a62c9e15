package rnnplayground.web.inspect;

import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.TextRectangle;
import rnnplayground.app.CellArithmetic;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.PredictionArithmetic;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Term;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.heatmap.GridPlaces;

/**
 * The panel that spells out how the chosen value was computed: the terms of every gate and of the
 * state update, each as the model computed it, so that they add up to exactly what the view shows,
 * and every symbol they use defined. Open while a value with arithmetic is chosen and the panel is not
 * closed (closing it keeps the value chosen). On a narrow screen a sheet, which its grip resizes.
 */
public final class ArithmeticPanel implements WidgetState.View {
    private static final int DIGITS = 4;
    private static final int FULL_DIGITS = 9;
    /** How far from the window's edges a cell stays, and how much of the panel shows under the heatmap. */
    private static final int MARGIN = 8;
    private static final int HEAD = 160;

    private final HTMLDocument document;
    private final HTMLElement panel;
    private final HTMLElement title;
    private final HTMLElement terms;
    private final HTMLElement note;
    private final HTMLElement symbols;
    private final HTMLElement colourButton;
    private final WidgetState widget;
    private final GridPlaces places;
    /** The choice the panel shows, kept in view when it was new. */
    private Choice shown = Choice.NONE;

    public ArithmeticPanel(HTMLDocument document, WidgetState widget, GridPlaces places) {
        this.document = document;
        this.widget = widget;
        this.places = places;
        panel = document.getElementById("arithmetic");
        title = document.getElementById("arithmetic-title");
        terms = document.getElementById("arithmetic-terms");
        note = document.getElementById("arithmetic-note");
        symbols = document.getElementById("arithmetic-symbols");
        new SheetGrip(panel, document.getElementById("arithmetic-grip"));
        colourButton = document.getElementById("arithmetic-colour");
        document.getElementById("arithmetic-close").addEventListener("click", event -> close());
        colourButton.addEventListener("click", event -> widget.colourBy(widget.choice().row));
        panel.addEventListener("keydown", event -> {
            if ("Escape".equals(((KeyboardEvent) event).getKey())) {
                close();
            }
        });
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (!change.has(Change.CHOICE)) {
            return;
        }
        Choice choice = widget.choice();
        if (!widget.panelOpen()) {
            panel.setHidden(true);
            shown = Choice.NONE;
            return;
        }
        Model model = widget.model(choice.lane);
        if (choice.grid == Choice.Grid.PREDICTIONS) {
            PredictionArithmetic a = new PredictionArithmetic(model.network().readout, model.trajectory(),
                    model.predictions(), choice.row, choice.step);
            show(a.title, a.terms, a.note, a.symbols, -1);
        } else {
            CellArithmetic a = new CellArithmetic(model.trajectory(), choice.row, choice.step,
                    widget.measures().influence(choice.lane));
            show(a.title, a.terms, a.note, a.symbols, choice.row);
        }
        if (!choice.sameAs(shown)) {
            keepInView(places.bounds(choice));
        }
        shown = choice;
    }

    /**
     * Escape or ✕: an open panel closes, the value staying chosen, and the focus goes back to the grid
     * it came from; with the panel closed already, the value is no longer chosen.
     */
    public void close() {
        Choice was = widget.choice();
        if (widget.panelOpen()) {
            widget.closePanel();
            places.focus(was);
        } else if (was.isMade()) {
            widget.clearChoice();
        }
    }

    /**
     * Shows {@code heading}, then the terms, a line each, grouped under their quantity when there are
     * several, {@code remark} under them, then {@code where}, the symbols defined; {@code dimension} names the dimension the colour button
     * colours the letters by (-1: no button).
     */
    private void show(String heading, List<Term> lines, String remark, String where, int dimension) {
        title.setTextContent(heading);
        Elements.empty(terms);
        boolean grouped = lines.size() > 1 && !lines.get(0).group.equals(lines.get(lines.size() - 1).group);
        String group = null;
        for (Term term : lines) {
            if (grouped && !term.group.equals(group)) {
                groupRow(term.group);
            }
            group = term.group;
            row(term);
        }
        note.setTextContent(remark);
        Elements.empty(symbols);
        TermSymbol.write(document, symbols, where);
        colourButton.setHidden(dimension < 0);
        colourButton.setTextContent("Colour the letters by dimension " + dimension);
        panel.setHidden(false);
    }

    /** What is above the grids changed size (the figures, drawn after the first heatmap): the chosen cell is kept in view again. */
    public void revealChoice() {
        if (widget.panelOpen()) {
            keepInView(places.bounds(widget.choice()));
        }
    }

    /** Moves the focus into the panel, without the page jumping to it. */
    public void focus() {
        Page.focusWithoutScrolling(panel);
    }

    /**
     * Scrolls the page, if it must, so that the cell at {@code cell} ({left, top, right, bottom} on
     * screen) stays in view beside the panel: above it where the panel is a sheet at the bottom of a
     * narrow screen, and with the panel's head in view where it is under the heatmap.
     */
    private void keepInView(double[] cell) {
        Window window = Window.current();
        TextRectangle box = panel.getBoundingClientRect();
        double room = "fixed".equals(Page.computedStyle(panel, "position")) ? box.getTop() : window.getInnerHeight();
        double by = 0;
        if (cell[3] > room - MARGIN || cell[1] < MARGIN) {
            by = (cell[1] + cell[3]) / 2 - room / 2; // the cell in the middle of the room left
        } else if (room == window.getInnerHeight() && box.getTop() > room - HEAD) {
            by = Math.min(box.getTop() + HEAD - room, cell[1] - MARGIN); // the panel's head, the cell still in view
        }
        if (by != 0) {
            Page.scrollPageBy(by);
        }
    }

    private void groupRow(String group) {
        HTMLElement tr = document.createElement("tr");
        tr.setClassName("group");
        HTMLElement th = document.createElement("th");
        th.setAttribute("scope", "rowgroup");
        th.setAttribute("colspan", "3");
        th.setTextContent(group);
        tr.appendChild(th);
        terms.appendChild(tr);
    }

    /** One line: the term's symbol with its subscripts, what it is, and its value. */
    private void row(Term term) {
        HTMLElement tr = document.createElement("tr");
        tr.setClassName(term.kind.name().toLowerCase());
        tr.setAttribute("data-group", term.group);
        HTMLElement th = document.createElement("th");
        th.setAttribute("scope", "row");
        TermSymbol.write(document, th, term.symbol);
        HTMLElement what = document.createElement("td");
        what.setTextContent(term.meaning);
        HTMLElement number = document.createElement("td");
        number.setClassName("number");
        number.setAttribute("data-term", term.kind.name().toLowerCase());
        number.setAttribute("data-value", NumberText.plain(term.value, FULL_DIGITS));
        number.setTextContent(NumberText.fixed(term.value, DIGITS));
        tr.appendChild(th);
        tr.appendChild(what);
        tr.appendChild(number);
        terms.appendChild(tr);
    }
}
