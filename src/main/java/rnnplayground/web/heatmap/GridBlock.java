package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.web.dom.Elements;

/**
 * A grid the page adds under a lane's heatmap (the LSTM's c, a gate, how far a change reaches, the
 * influence of earlier steps): its caption line and its grid line, columns aligned with the heatmap's.
 */
public final class GridBlock {
    private final HTMLDocument document;
    private final HTMLElement element;
    private final HTMLElement caption;
    private final HTMLElement captionText;
    private final GridCanvas grid;
    private HTMLElement button;

    /**
     * A block in {@code parent}, before {@code before} (null: at the end); its canvas is focusable and
     * labelled {@code label}.
     */
    GridBlock(HTMLDocument document, HTMLElement parent, HTMLElement before, String kind, String label) {
        this.document = document;
        element = document.createElement("div");
        element.setClassName("grid-block " + kind);
        HTMLElement captionLine = line(document, element, "grid-line grid-title");
        captionLine.appendChild(gutter(document, "gutter"));
        caption = document.createElement("p");
        caption.setClassName("grid-caption");
        captionText = document.createElement("span");
        caption.appendChild(captionText);
        captionLine.appendChild(caption);
        HTMLElement gridLine = line(document, element, "grid-line");
        HTMLElement labels = gutter(document, "gutter row-labels");
        gridLine.appendChild(labels);
        HTMLElement stack = document.createElement("div");
        stack.setClassName("heatmap-stack");
        gridLine.appendChild(stack);
        HTMLCanvasElement canvas = (HTMLCanvasElement) document.createElement("canvas");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("role", "application");
        canvas.setAttribute("aria-roledescription", "heatmap");
        canvas.setAttribute("aria-label", label);
        canvas.setAttribute("aria-describedby", "cell-status");
        stack.appendChild(canvas);
        if (before == null) {
            parent.appendChild(element);
        } else {
            parent.insertBefore(element, before);
        }
        grid = new GridCanvas(document, canvas, labels);
    }

    private static HTMLElement line(HTMLDocument document, HTMLElement parent, String classes) {
        HTMLElement line = document.createElement("div");
        line.setClassName(classes);
        parent.appendChild(line);
        return line;
    }

    private static HTMLElement gutter(HTMLDocument document, String classes) {
        HTMLElement gutter = document.createElement("div");
        gutter.setClassName(classes);
        gutter.setAttribute("aria-hidden", "true");
        return gutter;
    }

    HTMLElement element() {
        return element;
    }

    GridCanvas grid() {
        return grid;
    }

    void caption(String text) {
        Elements.text(captionText, text);
    }

    /** A button after the caption, which does {@code action}; its text is set by {@link #buttonText}. */
    void button(String kind, Runnable action) {
        button = document.createElement("button");
        button.setAttribute("type", "button");
        button.setClassName("grid-action " + kind);
        button.addEventListener("click", event -> action.run());
        caption.appendChild(button);
    }

    void buttonText(String text) {
        if (button != null && !text.equals(button.getTextContent())) {
            button.setTextContent(text);
        }
    }

    void show(boolean shown) {
        element.setHidden(!shown);
    }

    boolean shown() {
        return !element.isHidden();
    }

    void remove() {
        element.getParentNode().removeChild(element);
    }
}
