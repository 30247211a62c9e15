package rnnplayground.bench;

import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.figures.CellDiagram;
import rnnplayground.app.figures.UnrolledChain;
import rnnplayground.core.Network;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trajectory;
import rnnplayground.web.figures.FigureSvg;

/**
 * What the figures cost the page: the unrolled network written anew (a new sequence or new values),
 * and a step change (the step marked, the cell diagram written for it), through the page's own classes
 * into bench.html's figure hosts.
 */
final class FigureBench {
    private final Network network;
    private final Trajectory trajectory;
    private final Predictions predictions = new Predictions();
    private final FigureSvg unrolled;
    private final FigureSvg cell;

    FigureBench(Network network, String sequence) {
        this.network = network;
        trajectory = Trajectory.of(network.cell, sequence);
        predictions.update(network.readout, trajectory);
        HTMLDocument document = HTMLDocument.current();
        unrolled = new FigureSvg(document, document.getElementById("unrolled-host"), action -> { });
        cell = new FigureSvg(document, document.getElementById("cell-host"), action -> { });
    }

    void write() {
        unrolled.write(UnrolledChain.of(network.cell.displayName(), trajectory, predictions, 0, -1), trajectory);
    }

    void step(int t) {
        unrolled.mark(t);
        cell.write(CellDiagram.of(network.cell.kind(), trajectory, 0, t, 0), trajectory);
    }
}
