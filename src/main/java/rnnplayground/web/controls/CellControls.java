package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.CellSettings;
import rnnplayground.app.Change;
import rnnplayground.app.PageState;
import rnnplayground.app.WidgetState;
import rnnplayground.core.Cells;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.SelectOptions;

/**
 * The cell, the cell it is compared with, whether the gates show, and the recurrent scale ρ with its
 * measured readout: each choice is an operation of the widget.
 */
public final class CellControls implements WidgetState.View {
    private final HTMLSelectElement cell;
    private final HTMLSelectElement compare;
    private final HTMLInputElement gates;
    private final HTMLInputElement scale;
    private final HTMLElement scaleValue;
    private final HTMLElement readout;

    public CellControls(HTMLDocument document, WidgetState widget) {
        cell = (HTMLSelectElement) document.getElementById("cell");
        compare = (HTMLSelectElement) document.getElementById("compare");
        gates = (HTMLInputElement) document.getElementById("gates");
        scale = (HTMLInputElement) document.getElementById("recurrent-scale");
        scaleValue = document.getElementById("recurrent-scale-value");
        readout = document.getElementById("recurrent-readout");
        for (String key : CellSettings.CELLS) {
            SelectOptions.add(document, cell, key, Cells.displayName(key));
        }
        for (String key : CellSettings.COMPARED) {
            SelectOptions.add(document, compare, key, key.isEmpty() ? "nothing" : Cells.displayName(key));
        }
        scale.setAttribute("max", String.valueOf(CellSettings.RECURRENT_SCALE_TEXTS.length - 1));
        cell.addEventListener("change", event -> widget.setCell(cell.getValue()));
        compare.addEventListener("change", event -> widget.setCompare(compare.getValue()));
        gates.addEventListener("change", event -> widget.setGates(gates.isChecked()));
        scale.addEventListener("input", event -> scaleValue.setTextContent(
                CellSettings.RECURRENT_SCALE_TEXTS[Integer.parseInt(scale.getValue())]));
        scale.addEventListener("change", event -> widget.setRecurrentScale(Integer.parseInt(scale.getValue())));
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.SETTINGS)) {
            show(widget.page(), widget.model(0).network().cell.kind().recurrentMatrices);
        }
        if (change.hasAny(Change.MEMORY | Change.TRAINING)) {
            String text = widget.measures().memoryReadout(widget.lanes());
            Elements.text(readout, text);
        }
    }

    /** Shows {@code state}'s choices; ρ only means something for a cell with {@code recurrentMatrices}. */
    private void show(PageState state, boolean recurrentMatrices) {
        scale.setDisabled(!recurrentMatrices);
        cell.setValue(state.cell);
        for (int k = 0; k < compare.getOptions().getLength(); k++) {
            HTMLOptionElement option = compare.getOptions().item(k);
            option.setDisabled(option.getValue().equals(state.cell));
        }
        compare.setValue(state.compare);
        gates.setChecked(state.gates);
        scale.setValue(String.valueOf(state.recurrentScale));
        scaleValue.setTextContent(CellSettings.RECURRENT_SCALE_TEXTS[state.recurrentScale]);
    }
}
