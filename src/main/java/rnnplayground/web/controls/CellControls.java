package rnnplayground.web.controls;

import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.CellSettings;
import rnnplayground.app.PageState;
import rnnplayground.core.Cells;
import rnnplayground.web.dom.SelectOptions;

/**
 * The cell, the cell it is compared with, whether the gates show, and the recurrent scale ρ: each
 * change is handed on as a change of the page state.
 */
public final class CellControls {
    private final HTMLSelectElement cell;
    private final HTMLSelectElement compare;
    private final HTMLInputElement gates;
    private final HTMLInputElement scale;
    private final HTMLElement scaleValue;
    private final HTMLElement readout;

    public CellControls(HTMLDocument document, Consumer<Consumer<PageState.Builder>> onChange) {
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
        cell.addEventListener("change", event -> onChange.accept(b -> {
            b.cell(cell.getValue());
            if (cell.getValue().equals(compare.getValue())) {
                b.compare(""); // a cell compared with itself shows nothing new
            }
        }));
        compare.addEventListener("change", event -> onChange.accept(b -> b.compare(compare.getValue())));
        gates.addEventListener("change", event -> onChange.accept(b -> b.gates(gates.isChecked())));
        scale.addEventListener("input", event -> scaleValue.setTextContent(
                CellSettings.RECURRENT_SCALE_TEXTS[Integer.parseInt(scale.getValue())]));
        scale.addEventListener("change", event -> onChange.accept(b -> b.recurrentScale(Integer.parseInt(scale.getValue()))));
    }

    /** Shows {@code state}'s choices; ρ only means something for a cell with {@code recurrentMatrices}. */
    public void show(PageState state, boolean recurrentMatrices) {
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

    /** What the recurrent scale does to this network, measured. */
    public void readout(String text) {
        readout.setTextContent(text);
    }
}
