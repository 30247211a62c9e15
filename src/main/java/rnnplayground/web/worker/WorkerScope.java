package rnnplayground.web.worker;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.JSTopLevel;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MessageEvent;

/** A dedicated worker's global scope, which TeaVM's JSO does not declare; its globals work on a page too. */
public abstract class WorkerScope implements JSObject {
    @JSTopLevel
    @JSProperty("self")
    public static native WorkerScope current();

    @JSTopLevel
    public static native int setTimeout(TimerHandler handler, double delayMs);

    @JSTopLevel
    public static native void clearTimeout(int timer);

    @JSTopLevel
    @JSProperty("performance")
    static native Clock clock();

    /** Milliseconds on this thread's clock (a worker's starts later than its page's). */
    public static double now() {
        return clock().now();
    }

    public abstract void postMessage(JSObject message, JSArrayReader<? extends JSObject> transfer);

    @JSProperty("onmessage")
    public abstract void setOnMessage(EventListener<MessageEvent> listener);

    /** performance, in a worker as on a page. */
    abstract static class Clock implements JSObject {
        abstract double now();
    }
}
