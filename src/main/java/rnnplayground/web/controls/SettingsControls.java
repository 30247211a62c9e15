package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Change;
import rnnplayground.app.HiddenSizeRules;
import rnnplayground.app.PageState;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.SelectOptions;

/** The "Hidden size" box, the "Colour letters by" choice of a dimension and "Influence per dimension". */
public final class SettingsControls implements WidgetState.View {
    private final HTMLDocument document;
    private final HTMLInputElement hiddenSize;
    private final HTMLElement message;
    private final HTMLSelectElement dimension;

    public SettingsControls(HTMLDocument document, WidgetState widget) {
        this.document = document;
        hiddenSize = (HTMLInputElement) document.getElementById("hidden-size");
        message = document.getElementById("hidden-size-message");
        dimension = (HTMLSelectElement) document.getElementById("dimension");
        hiddenSize.setAttribute("min", String.valueOf(PageState.MIN_HIDDEN_SIZE));
        hiddenSize.setAttribute("max", String.valueOf(PageState.MAX_HIDDEN_SIZE));
        hiddenSize.setValue(String.valueOf(widget.page().hiddenSize));
        // checked while typing; applied when committed (Enter, leaving the box, the spin buttons), so
        // that typing "32" does not build a network of size 3 on the way
        hiddenSize.addEventListener("input", event -> validHiddenSize());
        hiddenSize.addEventListener("change", event -> {
            int size = validHiddenSize();
            if (size > 0) {
                widget.setHiddenSize(size);
            }
        });
        dimension.addEventListener("change", event -> widget.colourBy(Integer.parseInt(dimension.getValue())));
        HTMLInputElement perDimension = (HTMLInputElement) document.getElementById("per-dimension");
        perDimension.addEventListener("change", event -> widget.setPerDimension(perDimension.isChecked()));
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.NETWORKS)) {
            listDimensions(widget.page().hiddenSize);
        }
        if (change.hasAny(Change.NETWORKS | Change.COLOURING)) {
            dimension.setValue(String.valueOf(widget.page().colour));
        }
    }

    /** The size in the box, or -1 (and a message beside it) when it is not an allowed one. */
    private int validHiddenSize() {
        int size = HiddenSizeRules.parse(hiddenSize.getValue());
        if (size < 0) {
            hiddenSize.setAttribute("aria-invalid", "true");
            message.setTextContent(HiddenSizeRules.message());
        } else {
            hiddenSize.removeAttribute("aria-invalid");
            message.setTextContent("");
        }
        return size;
    }

    /** Offers dimensions 0 … size − 1. */
    private void listDimensions(int size) {
        Elements.empty(dimension);
        SelectOptions.add(document, dimension, "-1", "no dimension");
        for (int i = 0; i < size; i++) {
            SelectOptions.add(document, dimension, String.valueOf(i), "dimension " + i);
        }
    }
}
