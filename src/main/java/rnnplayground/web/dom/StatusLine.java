package rnnplayground.web.dom;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/** The short status text beside Copy link and the export buttons; a message goes after a while. */
public final class StatusLine {
    private static final int SHOWN_MS = 6000;

    private final HTMLElement element;
    private int timer;

    public StatusLine(HTMLElement element) {
        this.element = element;
    }

    public void say(String text) {
        element.setTextContent(text);
        Window.clearTimeout(timer);
        timer = Window.setTimeout(() -> element.setTextContent(""), SHOWN_MS);
    }
}
