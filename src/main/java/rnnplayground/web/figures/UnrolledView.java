package rnnplayground.web.figures;

import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Choice;
import rnnplayground.app.ExportText;
import rnnplayground.app.Model;
import rnnplayground.app.WidgetState;
import rnnplayground.app.figures.Action;
import rnnplayground.app.figures.Focus;
import rnnplayground.app.figures.UnrolledChain;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.Redraw;

/**
 * The network rolled up and unrolled over the sequence, in a box that scrolls sideways, with its
 * description under it: written anew when the sequence, the values or the dimension shown change
 * (while training, at most every half second, in a frame of its own and only while in sight), the step
 * being read only marked when it moves. The page shows it twice, in the article and in the widget, both
 * following the one state.
 */
public final class UnrolledView implements WidgetState.View {
    /** While training, the figure follows the weights at most this often. */
    private static final double FRAME_FOLLOW_MS = 500;

    private final WidgetState widget;
    private final HTMLElement scroller;
    private final HTMLElement caption;
    private final FigureSvg svg;
    private final Redraw redraw;
    private double writtenAt = Double.NEGATIVE_INFINITY;
    private int shownDimension = -1;

    /** The figure in {@code root} (its ".figure-host" and ".figure-caption"); {@code open} opens a value's arithmetic. */
    public UnrolledView(HTMLDocument document, HTMLElement root, WidgetState widget, Consumer<Choice> open) {
        this.widget = widget;
        scroller = root.querySelector(".figure-scroller");
        caption = root.querySelector(".figure-caption");
        svg = new FigureSvg(document, root.querySelector(".figure-host"), action -> {
            if (action.kind == Action.Kind.SELECT_STEP) {
                widget.selectStep(action.step);
            } else if (action.kind == Action.Kind.OPEN) {
                open.accept(action.choice);
            }
        });
        FigureFiles.wire(document, root, svg, extension -> ExportText.fileName("unrolled", widget.page(), extension));
        redraw = new Redraw(root, () -> write(Focus.dimension(widget)));
    }

    @Override
    public void show(WidgetState widget, Change change) {
        int dimension = Focus.dimension(widget);
        boolean values = change.hasAny(Change.LAYOUT | Change.VALUES | Change.SETTLED);
        boolean frame = change.has(Change.FRAME) && !change.has(Change.SETTLED);
        if (dimension != shownDimension || values && !frame) {
            redraw.now();
        } else if (values && (redraw.waiting() || Page.now() - writtenAt >= FRAME_FOLLOW_MS)) {
            redraw.later();
        }
        int step = Focus.step(widget);
        svg.mark(step);
        String description = UnrolledChain.description(widget.trajectory(), widget.model(0).predictions(), step);
        Elements.text(caption, description);
        if (change.hasAny(Change.POSITION | Change.CHOICE) && step >= 0) {
            keepInView(step);
        }
    }

    private void write(int dimension) {
        Model model = widget.model(0);
        svg.write(UnrolledChain.of(model.network().cell.displayName(), model.trajectory(), model.predictions(),
                dimension, Focus.step(widget)), model.trajectory());
        svg.mark(Focus.step(widget));
        writtenAt = Page.now();
        shownDimension = dimension;
    }

    /** Scrolls the figure sideways, as little as brings step {@code step}'s column into view. */
    private void keepInView(int step) {
        double left = UnrolledChain.columnLeft(step);
        double right = left + UnrolledChain.COLUMN;
        double view = scroller.getScrollLeft();
        double width = scroller.getClientWidth();
        if (left < view) {
            scroller.setScrollLeft((int) left);
        } else if (right > view + width) {
            scroller.setScrollLeft((int) (right - width));
        }
    }

    /** The figure's SVG as now drawn. */
    public HTMLElement svg() {
        return svg.svg();
    }
}
