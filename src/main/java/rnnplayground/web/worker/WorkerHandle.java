package rnnplayground.web.worker;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.JSTopLevel;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MessageEvent;

/**
 * The page's training worker. web/boot.js makes it, as only that script holds the policy for script
 * addresses (Trusted Types); it runs the same compiled code as the page (see web/training-worker-js.js).
 */
public abstract class WorkerHandle implements JSObject {
    /** A new worker, or null when the browser refused one (then {@link #refused} says why). */
    @JSTopLevel
    public static native WorkerHandle rnnPlaygroundWorker();

    @JSTopLevel
    @JSProperty("rnnPlaygroundWorkerRefused")
    public static native String refused();

    public abstract void postMessage(JSObject message, JSArrayReader<? extends JSObject> transfer);

    public abstract void terminate();

    @JSProperty("onmessage")
    public abstract void setOnMessage(EventListener<MessageEvent> listener);

    @JSProperty("onerror")
    public abstract void setOnError(EventListener<Event> listener);
}
