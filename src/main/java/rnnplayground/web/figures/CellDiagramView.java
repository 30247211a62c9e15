package rnnplayground.web.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.ExportText;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.app.WidgetState;
import rnnplayground.app.figures.Action;
import rnnplayground.app.figures.CellDiagram;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.Focus;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Redraw;

/**
 * The cell diagram of every network on show, drawn from what its cell declares, with its gates' values
 * for the figures' dimension at the step being read (or the last): written again at each change that
 * moves them (its parts that changed replaced); a training frame's values in a frame of their own,
 * while in sight.
 */
public final class CellDiagramView implements WidgetState.View {
    private static final int DRAWN = Change.LAYOUT | Change.VALUES | Change.POSITION | Change.CHOICE
            | Change.COLOURING | Change.SETTLED;

    private final HTMLDocument document;
    private final HTMLElement root;
    private final Consumer<Choice> open;
    private final List<FigureSvg> diagrams = new ArrayList<>();
    private final List<HTMLElement> captions = new ArrayList<>();

    private final Supplier<PageState> page;
    private final WidgetState widget;
    private final Redraw redraw;

    public CellDiagramView(HTMLDocument document, HTMLElement root, WidgetState widget, Consumer<Choice> open) {
        this.document = document;
        this.root = root;
        this.open = open;
        this.page = widget::page;
        this.widget = widget;
        redraw = new Redraw(root, this::draw);
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (!change.hasAny(DRAWN)) {
            return;
        }
        if (change.has(Change.FRAME) && !change.hasAny(Change.SETTLED | Change.LAYOUT | Change.POSITION | Change.COLOURING)) {
            redraw.later();
        } else {
            redraw.now();
        }
    }

    private void draw() {
        int lanes = widget.lanes().count();
        while (diagrams.size() > lanes) {
            int last = diagrams.size() - 1;
            diagrams.remove(last);
            HTMLElement figure = captions.remove(last).getParentNode().cast();
            root.removeChild(figure);
        }
        while (diagrams.size() < lanes) {
            add();
        }
        int step = Focus.stepOrLast(widget);
        int dimension = Focus.dimension(widget);
        for (int k = 0; k < lanes; k++) {
            Model model = widget.model(k);
            Figure figure = CellDiagram.of(model.network().cell.kind(), model.trajectory(), k, step, dimension);
            diagrams.get(k).write(figure, model.trajectory());
            Elements.text(captions.get(k), figure.description);
        }
    }

    private HTMLElement button(String kind, String text) {
        HTMLElement button = document.createElement("button");
        button.setAttribute("type", "button");
        button.setClassName(kind);
        button.setAttribute("aria-label", "Download the cell diagram as " + text);
        button.setTextContent(text);
        return button;
    }

    /** One more diagram: its figure, its drawing, its description and its downloads. */
    private void add() {
        HTMLElement figure = document.createElement("figure");
        figure.setClassName("cell-diagram");
        HTMLElement host = document.createElement("div");
        host.setClassName("figure-host");
        host.setAttribute("id", root.getAttribute("id") + "-" + diagrams.size());
        HTMLElement scroller = document.createElement("div");
        scroller.setClassName("figure-scroller");
        scroller.appendChild(host);
        HTMLElement caption = document.createElement("figcaption");
        caption.setClassName("figure-caption");
        HTMLElement actions = document.createElement("div");
        actions.setClassName("figure-actions");
        actions.appendChild(button("figure-save-svg", "SVG"));
        actions.appendChild(button("figure-save-png", "PNG"));
        figure.appendChild(scroller);
        figure.appendChild(caption);
        figure.appendChild(actions);
        root.appendChild(figure);
        FigureSvg diagram = new FigureSvg(document, host, action -> {
            if (action.kind == Action.Kind.OPEN) {
                open.accept(action.choice);
            }
        });
        int lane = diagrams.size();
        FigureFiles.wire(document, figure, diagram, extension -> ExportText.fileName("cell" + (lane + 1), page.get(),
                extension));
        diagrams.add(diagram);
        captions.add(caption);
    }
}
