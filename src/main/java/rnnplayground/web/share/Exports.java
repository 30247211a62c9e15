package rnnplayground.web.share;

import java.util.function.Supplier;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.ColorScale;
import rnnplayground.app.ExportText;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Download;
import rnnplayground.web.dom.StatusLine;

/**
 * The export buttons: the heatmap as PNG, the hidden states as CSV, the weights with their seed as
 * JSON, made in the page (see {@link Download}).
 */
public final class Exports {
    /** Size of one cell in the PNG, in pixels, and the height of the row of letters under it. */
    static final int CELL_WIDTH = 24;
    static final int CELL_HEIGHT = 16;
    static final int LETTER_ROW = 24;

    private final HTMLDocument document;
    private final StatusLine status;
    private final Supplier<Model> model;
    private final Supplier<PageState> state;

    public Exports(HTMLDocument document, StatusLine status, Supplier<Model> model, Supplier<PageState> state) {
        this.document = document;
        this.status = status;
        this.model = model;
        this.state = state;
        document.getElementById("export-png").addEventListener("click", event -> png());
        document.getElementById("export-csv").addEventListener("click", event -> csv());
        document.getElementById("export-json").addEventListener("click", event -> json());
    }

    private boolean nothingToExport() {
        if (model.get().trajectory().steps() == 0) {
            status.say("Type a sequence first: there are no steps to export yet.");
            return true;
        }
        return false;
    }

    private void csv() {
        if (nothingToExport()) {
            return;
        }
        String name = ExportText.fileName("states", state.get(), "csv");
        Download.text(document, ExportText.statesCsv(model.get().trajectory(), model.get().predictions(),
                state.get().gates), "text/csv;charset=utf-8", name);
        status.say("Saved " + name);
    }

    private void json() {
        PageState current = state.get();
        String name = ExportText.fileName("weights", current, "json");
        Download.text(document, ExportText.weightsJson(current, model.get().network(), model.get().loss()),
                "application/json", name);
        status.say("Saved " + name);
    }

    private void png() {
        if (nothingToExport()) {
            return;
        }
        String name = ExportText.fileName("heatmap", state.get(), "png");
        Download.png(document, draw(model.get().trajectory()), name);
        status.say("Saved " + name);
    }

    /** The whole heatmap at a fixed size per cell, with the letters read under their columns. */
    private HTMLCanvasElement draw(Trajectory trajectory) {
        int steps = trajectory.steps();
        int hidden = trajectory.hiddenSize();
        HTMLCanvasElement canvas = (HTMLCanvasElement) document.createElement("canvas");
        canvas.setWidth(steps * CELL_WIDTH);
        canvas.setHeight(hidden * CELL_HEIGHT + LETTER_ROW);
        CanvasRenderingContext2D context = (CanvasRenderingContext2D) canvas.getContext("2d");
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < hidden; i++) {
                context.setFillStyle(ColorScale.STATE.css(trajectory.h(t, i)));
                context.fillRect(t * CELL_WIDTH, i * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT);
            }
        }
        int top = hidden * CELL_HEIGHT;
        context.setFillStyle("#ffffff");
        context.fillRect(0, top, steps * CELL_WIDTH, LETTER_ROW);
        context.setFillStyle("#1c1d20");
        context.setFont("15px ui-monospace, monospace");
        context.setTextAlign("center");
        context.setTextBaseline("middle");
        for (int t = 0; t < steps; t++) {
            context.fillText(SymbolText.glyph(trajectory.symbol(t)), t * CELL_WIDTH + CELL_WIDTH / 2.0,
                    top + LETTER_ROW / 2.0);
        }
        return canvas;
    }
}
