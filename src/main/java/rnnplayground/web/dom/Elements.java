package rnnplayground.web.dom;

import org.teavm.jso.dom.xml.Node;

/** What the page does to any element alike. */
public final class Elements {
    private Elements() {
    }

    /** Removes every child of {@code element}. */
    public static void empty(Node element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }
}
