package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.StepText;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * The step numbers above the columns of the heatmap box, counted from 0 like the tooltip and the
 * table: every column's when the columns are wide enough, every few columns' otherwise.
 */
public final class StepAxis {
    /** The width of a digit of the axis's type (widget.css: .step-axis), rounded up. */
    private static final int DIGIT_WIDTH = 7;

    private final HTMLDocument document;
    private final HTMLElement axis;

    public StepAxis(HTMLDocument document, HTMLElement axis) {
        this.document = document;
        this.axis = axis;
    }

    /** Numbers {@code steps} columns of {@code cellWidth} CSS pixels. */
    public void layout(int steps, int cellWidth) {
        Elements.empty(axis);
        Page.setStyleProperty(axis, "width", steps * cellWidth + "px");
        int every = StepText.labelEvery(steps, cellWidth, DIGIT_WIDTH);
        for (int t = 0; t < steps; t += every) {
            HTMLElement label = document.createElement("span");
            label.setTextContent(String.valueOf(t));
            Page.setStyleProperty(label, "left", (2 * t * cellWidth + cellWidth) / 2 + "px");
            axis.appendChild(label);
        }
    }
}
