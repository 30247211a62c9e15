package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Page;

/** "↻ weights" draws a new seed and replays; the seed beside it follows the state. */
public final class SeedControls implements WidgetState.View {
    private final HTMLElement seed;

    public SeedControls(HTMLDocument document, WidgetState widget, Runnable replay) {
        seed = document.getElementById("seed");
        document.getElementById("reweight").addEventListener("click", event -> {
            widget.setSeed(Page.randomSeed());
            replay.run();
        });
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.LINK)) {
            seed.setTextContent("seed " + Integer.toUnsignedString(widget.page().seed));
        }
    }
}
