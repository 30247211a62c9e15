package rnnplayground.bench;

import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.space.StatePlot;
import rnnplayground.app.space.StateSpace;
import rnnplayground.core.Network;
import rnnplayground.core.Trajectory;
import rnnplayground.web.figures.FigureSvg;

/**
 * What the state space costs the page, through its own classes: the principal components of a
 * trajectory's states, the plot written into bench.html's host (a training frame's work), and the
 * fixed-point search, one unit at a time so that the longest unit is seen.
 */
final class SpaceBench {
    private final Trajectory trajectory;
    private final String name;
    private final StateSpace space = new StateSpace();
    private final FigureSvg plot;

    SpaceBench(Network network, String sequence) {
        trajectory = Trajectory.of(network.cell, sequence);
        name = network.cell.displayName();
        HTMLDocument document = HTMLDocument.current();
        plot = new FigureSvg(document, document.getElementById("space-host"), action -> { });
    }

    void project() {
        space.project(trajectory);
    }

    void plot() {
        plot.write(StatePlot.of(name, trajectory, space, -1), trajectory);
    }

    void startSearch() {
        space.startSearch(trajectory);
    }

    /** One unit of the search (a budget of 0 ms runs exactly one); whether it has ended. */
    boolean searchUnit() {
        return space.search(() -> 0, 0);
    }

    int fixedPoints() {
        return space.fixedPoints().size();
    }
}
