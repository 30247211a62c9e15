package rnnplayground.web.figures;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.ExportText;
import rnnplayground.app.Model;
import rnnplayground.app.WidgetState;
import rnnplayground.app.figures.Action;
import rnnplayground.app.figures.Focus;
import rnnplayground.app.space.FixedPointRunner;
import rnnplayground.app.space.StatePlot;
import rnnplayground.app.space.StateSpace;
import rnnplayground.app.space.StateSpaceCsv;
import rnnplayground.web.dom.Download;
import rnnplayground.web.dom.Page;
import rnnplayground.web.worker.WorkerFixedPoints;

/**
 * The "State space" group: a plot per network on show, each on its own principal components (two
 * networks' dimensions have nothing in common), with its description, its downloads (SVG, PNG, CSV)
 * and the details of a fixed point clicked. While the group is folded nothing is computed. While
 * training, the plots follow the weights at most every {@link #FRAME_FOLLOW_MS}, and the fixed points
 * wait: their search starts once the weights stay, in a worker (or a few milliseconds an animation
 * frame where the browser refuses one).
 * Whether the group is open is part of the link.
 */
public final class StateSpaceView implements WidgetState.View {
    /** While training, the plots follow the weights at most this often. */
    static final double FRAME_FOLLOW_MS = 250;
    private static final int STALE = Change.NETWORKS | Change.VALUES | Change.SETTLED;

    private final HTMLDocument document;
    private final WidgetState widget;
    private final HTMLElement group;
    private final HTMLElement plots;
    private final FixedPointPanel panel;
    private final List<Plot> shown = new ArrayList<>();
    private boolean stale = true;
    private double projectedAt = Double.NEGATIVE_INFINITY;
    /** The width the plots were laid out for: the group's, less the box's border. */
    private double writtenWidth = StatePlot.WIDTH;
    private final FixedPointRunner search = new WorkerFixedPoints(new FrameSearch());
    /** The plot whose fixed points are being searched, or null. */
    private Plot searching;

    /** One network's plot: its state space, its drawing, its caption and its message. */
    private final class Plot {
        final int lane;
        final StateSpace space = new StateSpace();
        final HTMLElement figure;
        final HTMLElement name;
        final HTMLElement scroller;
        final HTMLElement caption;
        final HTMLElement actions;
        final HTMLElement message;
        final FigureSvg svg;
        /** The fixed points the plot was last written with. */
        int pointsWritten;

        Plot(int lane) {
            this.lane = lane;
            figure = element("figure", "space-plot");
            name = element("p", "figure-title");
            scroller = element("div", "figure-scroller");
            HTMLElement host = element("div", "figure-host");
            host.setAttribute("id", "state-space-" + lane);
            scroller.appendChild(host);
            message = element("p", "space-message");
            message.setAttribute("role", "status");
            caption = element("figcaption", "figure-caption");
            actions = element("div", "figure-actions");
            HTMLElement label = element("span", "export-label");
            label.setTextContent("Download");
            actions.appendChild(label);
            actions.appendChild(button("figure-save-svg", "SVG", "Download the plot as SVG"));
            actions.appendChild(button("figure-save-png", "PNG", "Download the plot as PNG"));
            HTMLElement csv = button("space-save-csv", "CSV", "Download the plot's points and fixed points as CSV");
            actions.appendChild(csv);
            for (HTMLElement part : new HTMLElement[] {name, scroller, message, caption, actions}) {
                figure.appendChild(part);
            }
            plots.appendChild(figure);
            svg = new FigureSvg(document, host, this::act);
            FigureFiles.wire(document, figure, svg, extension -> fileName(extension));
            csv.addEventListener("click", event -> Download.text(document,
                    StateSpaceCsv.of(model().trajectory(), space), "text/csv;charset=utf-8", fileName("csv")));
        }

        Model model() {
            return widget.model(lane);
        }

        String fileName(String extension) {
            return ExportText.fileName("space" + (lane + 1), widget.page(), extension);
        }

        void act(Action action) {
            if (action.kind == Action.Kind.SELECT_STEP) {
                widget.selectStep(action.step);
            } else if (action.kind == Action.Kind.DETAIL) {
                panel.show(space.fixedPoints().get(action.index), space, model().network().cell.kind(),
                        widget.lanes().count() > 1 ? model().network().cell.displayName() : "");
            }
        }

        /** The plot written anew, as wide as the group, or the message in its place. */
        void write(int current) {
            String why = StatePlot.message(space);
            boolean plotted = why.isEmpty();
            scroller.setHidden(!plotted);
            actions.setHidden(!plotted);
            message.setHidden(plotted);
            message.setTextContent(why);
            name.setTextContent(model().network().cell.displayName());
            pointsWritten = space.fixedPoints().size();
            if (plotted) {
                svg.write(StatePlot.of(model().network().cell.displayName(), model().trajectory(), space, current,
                        writtenWidth), model().trajectory());
                svg.mark(current);
                caption.setTextContent(StatePlot.description(model().trajectory(), space, current));
            } else {
                caption.setTextContent("");
            }
        }

        void mark(int current) {
            if (space.plottable()) {
                svg.mark(current);
                caption.setTextContent(StatePlot.description(model().trajectory(), space, current));
            }
        }
    }

    public StateSpaceView(HTMLDocument document, WidgetState widget) {
        this.document = document;
        this.widget = widget;
        group = document.getElementById("group-space");
        plots = document.getElementById("state-space");
        panel = new FixedPointPanel(document);
        group.addEventListener("toggle", event -> {
            boolean open = isOpen();
            if (open != widget.page().space) {
                widget.showSpace(open);
            }
        });
    }

    /** The group's width less the plot box's border (a layout read: only when a plot is to be written). */
    private double width() {
        return plots.getClientWidth() - 2;
    }

    private boolean isOpen() {
        return group.hasAttribute("open");
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.LINK) && widget.page().space && !isOpen()) {
            group.setAttribute("open", ""); // a link's plot: its toggle comes later, and finds the link says so already
        }
        if (change.hasAny(STALE)) {
            stale = true;
        }
        if (!widget.page().space) {
            panel.close();
            stopSearch();
            return;
        }
        if (widget.training()) {
            stopSearch(); // the weights are changing: the search waits until they stay
        }
        boolean waits = change.has(Change.FRAME) && !change.has(Change.SETTLED)
                && Page.now() - projectedAt < FRAME_FOLLOW_MS;
        int current = Focus.step(widget);
        if (stale && !waits) {
            writtenWidth = width();
            project(current);
        } else if (change.has(Change.LAYOUT) && width() != writtenWidth) {
            writtenWidth = width();
            for (Plot plot : shown) {
                plot.write(current);
            }
        } else if (change.hasAny(Change.POSITION | Change.CHOICE)) {
            for (Plot plot : shown) {
                plot.mark(current);
            }
        }
        resume();
    }

    /**
     * Every lane's states projected and its plot written anew, a plot per lane; the fixed points are
     * searched anew, or, while training, wait.
     */
    private void project(int current) {
        stopSearch();
        int lanes = widget.lanes().count();
        while (shown.size() > lanes) {
            plots.removeChild(shown.remove(shown.size() - 1).figure);
        }
        while (shown.size() < lanes) {
            shown.add(new Plot(shown.size()));
        }
        boolean training = widget.training();
        for (Plot plot : shown) {
            plot.space.project(plot.model().trajectory());
            if (training || !plot.space.plottable()) {
                plot.space.weightsChanging();
            } else {
                plot.space.startSearch(plot.model().trajectory());
            }
            plot.write(current);
        }
        panel.close();
        stale = false;
        projectedAt = Page.now();
    }

    /** The search of the first plot still searching goes on, unless one is under way or the weights are changing. */
    private void resume() {
        if (searching != null || widget.training()) {
            return;
        }
        for (Plot plot : shown) {
            if (plot.space.status() == StateSpace.Search.SEARCHING) {
                searching = plot;
                search.run(plot.space, () -> searched(plot));
                return;
            }
        }
    }

    /** After a slice of a plot's search: the plot written anew when it found a point or ended, then the next plot's. */
    private void searched(Plot plot) {
        boolean ended = plot.space.status() != StateSpace.Search.SEARCHING;
        if (ended || plot.space.fixedPoints().size() != plot.pointsWritten) {
            plot.write(Focus.step(widget));
        } else {
            plot.mark(Focus.step(widget));
        }
        if (ended) {
            searching = null;
            resume();
        }
    }

    /** No search under way: the weights are about to change, or the group is folded. */
    private void stopSearch() {
        search.stop();
        searching = null;
    }

    private HTMLElement element(String tag, String className) {
        HTMLElement element = document.createElement(tag);
        element.setClassName(className);
        return element;
    }

    private HTMLElement button(String className, String text, String label) {
        HTMLElement button = element("button", className);
        button.setAttribute("type", "button");
        button.setAttribute("aria-label", label);
        button.setTextContent(text);
        return button;
    }
}
