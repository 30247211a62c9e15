package rnnplayground.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/** The few browser facts and calls that TeaVM's JSO APIs do not cover. */
final class Browser {
    private Browser() {
    }

    @JSBody(script = "return window.devicePixelRatio || 1;")
    static native double devicePixelRatio();

    @JSBody(params = "query", script = "return window.matchMedia(query).matches;")
    static native boolean mediaMatches(String query);

    /** A fresh seed in [1, 2^31). */
    @JSBody(script = "return 1 + Math.floor(Math.random() * 2147483646);")
    static native int randomSeed();

    @JSBody(script = "return location.hash;")
    static native String hash();

    @JSBody(params = "hash", script = "history.replaceState(null, '', '#' + hash);")
    static native void replaceHash(String hash);

    @JSBody(params = "element", script = "return element.clientWidth;")
    static native int clientWidth(HTMLElement element);

    /** Text carried by a paste or drop event, or null. */
    @JSBody(params = "event", script = "var d = event.clipboardData || event.dataTransfer;"
            + "return d ? d.getData('text/plain') : null;")
    static native String transferredText(Event event);

    @JSBody(params = "event", script = "return event.inputType || '';")
    static native String inputType(Event event);

    @JSBody(params = "event", script = "return event.data == null ? null : event.data;")
    static native String inputData(Event event);

    @JSBody(params = {"element", "name", "value"}, script = "element.style.setProperty(name, value);")
    static native void setStyleProperty(HTMLElement element, String name, String value);

    @JSBody(params = "element", script = "return element.selectionStart;")
    static native int selectionStart(JSObject element);

    @JSBody(params = "element", script = "return element.selectionEnd;")
    static native int selectionEnd(JSObject element);

    @JSBody(params = {"element", "start", "end"}, script = "element.setSelectionRange(start, end);")
    static native void setSelection(JSObject element, int start, int end);

    @JSBody(params = {"context", "dash"}, script = "context.setLineDash(dash > 0 ? [dash, dash] : []);")
    static native void setLineDash(JSObject context, double dash);

    @JSBody(params = {"element", "left", "top"}, script = "element.style.left = left + 'px'; element.style.top = top + 'px';")
    static native void place(HTMLElement element, double left, double top);

    @JSBody(script = "return window.innerWidth;")
    static native double viewportWidth();

    @JSBody(script = "return window.innerHeight;")
    static native double viewportHeight();

    @JSBody(params = "event", script = "return event.pointerType || 'mouse';")
    static native String pointerType(Event event);

    /** The pointer's x relative to the event's target. */
    @JSBody(params = "event", script = "return event.clientX - event.target.getBoundingClientRect().left;")
    static native double targetX(Event event);

    /** The pointer's y relative to the event's target. */
    @JSBody(params = "event", script = "return event.clientY - event.target.getBoundingClientRect().top;")
    static native double targetY(Event event);

    /** The value of an input or select element. */
    @JSBody(params = "element", script = "return element.value;")
    static native String value(HTMLElement element);

    @JSBody(params = {"element", "value"}, script = "element.value = value;")
    static native void setValue(HTMLElement element, String value);

    /** A named point on the page's performance timeline (read by web/bench.html). */
    @JSBody(params = "name", script = "performance.mark(name);")
    static native void mark(String name);
}
