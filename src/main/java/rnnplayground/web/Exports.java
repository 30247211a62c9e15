package rnnplayground.web;

import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.ColorScale;
import rnnplayground.app.ExportText;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

/**
 * The export buttons: the heatmap as PNG, the hidden states as CSV, the weights with their seed as
 * JSON. Each file is made in the page (a Blob behind an object URL and a download link); nothing is
 * sent anywhere.
 */
final class Exports {
    /** Size of one cell in the PNG, in pixels, and the height of the row of letters under it. */
    static final int CELL_WIDTH = 24;
    static final int CELL_HEIGHT = 16;
    static final int LETTER_ROW = 24;

    private final HTMLDocument document;
    private final StatusLine status;
    private final Model model;
    private final Supplier<PageState> state;

    Exports(HTMLDocument document, StatusLine status, Model model, Supplier<PageState> state) {
        this.document = document;
        this.status = status;
        this.model = model;
        this.state = state;
        document.getElementById("export-png").addEventListener("click", event -> png());
        document.getElementById("export-csv").addEventListener("click", event -> csv());
        document.getElementById("export-json").addEventListener("click", event -> json());
    }

    private boolean nothingToExport() {
        if (model.trajectory().steps() == 0) {
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
        downloadText(ExportText.statesCsv(model.trajectory()), "text/csv;charset=utf-8", name);
        status.say("Saved " + name);
    }

    private void json() {
        PageState current = state.get();
        String name = ExportText.fileName("weights", current, "json");
        downloadText(ExportText.weightsJson(current.seed, model.cell().weights), "application/json", name);
        status.say("Saved " + name);
    }

    private void png() {
        if (nothingToExport()) {
            return;
        }
        String name = ExportText.fileName("heatmap", state.get(), "png");
        downloadCanvas(draw(model.trajectory()), name);
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
                context.setFillStyle(ColorScale.css(trajectory.h(t, i)));
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
            char c = Alphabet.symbolAt(trajectory.symbol(t));
            context.fillText(c == ' ' ? "\u2423" : String.valueOf(c), t * CELL_WIDTH + CELL_WIDTH / 2.0,
                    top + LETTER_ROW / 2.0);
        }
        return canvas;
    }

    private static final String SAVE = "function save(blob, name) {"
            + "  var url = URL.createObjectURL(blob);"
            + "  var link = document.createElement('a');"
            + "  link.href = url; link.download = name; link.hidden = true;"
            + "  document.body.appendChild(link); link.click(); document.body.removeChild(link);"
            + "  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);"
            + "}";

    @JSBody(params = {"text", "type", "name"}, script = SAVE + "save(new Blob([text], {type: type}), name);")
    private static native void downloadText(String text, String type, String name);

    @JSBody(params = {"canvas", "name"}, script = SAVE
            + "canvas.toBlob(function (blob) { if (blob) { save(blob, name); } }, 'image/png');")
    private static native void downloadCanvas(HTMLCanvasElement canvas, String name);
}
