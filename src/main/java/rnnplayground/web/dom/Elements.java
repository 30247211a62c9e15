package rnnplayground.web.dom;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/** What the page does to any element alike. */
public final class Elements {
    private Elements() {
    }

    /**
     * Shows or hides {@code element}, touching it only if that changes: the browser recomputes an
     * element's style whenever its hidden attribute is written, even with the value it had.
     */
    public static void show(HTMLElement element, boolean shown) {
        if (element.isHidden() == shown) {
            element.setHidden(!shown);
        }
    }

    /**
     * Writes {@code text} into {@code element} only if it says something else: writing text, even the
     * same, makes a new text node to style and lay out.
     */
    public static void text(HTMLElement element, String text) {
        if (!text.equals(element.getTextContent())) {
            element.setTextContent(text);
        }
    }

    /** Removes every child of {@code element}. */
    public static void empty(Node element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }
}
