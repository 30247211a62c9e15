package rnnplayground.web.controls;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.Change;
import rnnplayground.app.Panels;
import rnnplayground.app.WidgetState;

/**
 * The folding panels the link keeps ({@link Panels}): opened as a link has them when the widget first
 * shows, and each opening or closing after that is a change of the page state, so the link follows.
 */
public final class FoldingPanels implements WidgetState.View {
    private final HTMLElement[] panels = new HTMLElement[Panels.ELEMENT_IDS.length];
    private boolean applied;

    public FoldingPanels(HTMLDocument document, WidgetState widget) {
        for (int k = 0; k < panels.length; k++) {
            panels[k] = document.getElementById(Panels.ELEMENT_IDS[k]);
            panels[k].addEventListener("toggle", event -> widget.setPanels(open()));
        }
    }

    /** The set of panels open on the page now. */
    private int open() {
        int set = 0;
        for (int k = 0; k < panels.length; k++) {
            if (panels[k].hasAttribute("open")) {
                set |= Panels.bit(k);
            }
        }
        return set;
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (applied) {
            return;
        }
        applied = true;
        int set = widget.page().panels;
        for (int k = 0; k < panels.length; k++) {
            if (Panels.isOpen(set, k)) {
                panels[k].setAttribute("open", "");
            } else {
                panels[k].removeAttribute("open");
            }
        }
    }
}
