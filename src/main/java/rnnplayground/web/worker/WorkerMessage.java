package rnnplayground.web.worker;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * A message between the page and its training worker, a plain object. The page leases its training to
 * the worker ("lease": the page state's link, the training as {@code Packed}, the pace) or takes it
 * back ("stop"); the worker answers "ready" once started, "state" with the training it has reached,
 * "alive" while it waits, and "failed" with what went wrong.
 */
@JSClass(name = "Object")
public class WorkerMessage implements JSObject {
    public WorkerMessage() {
    }

    @JSProperty public native String getType();
    @JSProperty public native void setType(String type);
    /** Which lease it belongs to: the page ignores the states of a lease it took back. */
    @JSProperty public native int getGeneration();
    @JSProperty public native void setGeneration(int generation);
    @JSProperty public native String getHash();
    @JSProperty public native void setHash(String hash);
    /** Whether the worker takes steps as fast as it can rather than a few a frame, to be watched. */
    @JSProperty public native boolean getFast();
    @JSProperty public native void setFast(boolean fast);
    @JSProperty public native int getSteps();
    @JSProperty public native void setSteps(int steps);
    @JSProperty public native boolean getBusy();
    @JSProperty public native void setBusy(boolean busy);
    @JSProperty public native boolean getCatchingUp();
    @JSProperty public native void setCatchingUp(boolean catchingUp);
    @JSProperty public native String getMessage();
    @JSProperty public native void setMessage(String message);
    @JSProperty public native Float64Array getNumbers();
    @JSProperty public native void setNumbers(Float64Array numbers);
    @JSProperty public native JsList<Float32Array> getFloats();
    @JSProperty public native void setFloats(JsList<Float32Array> floats);
    @JSProperty public native JsList<Float64Array> getDoubles();
    @JSProperty public native void setDoubles(JsList<Float64Array> doubles);
    @JSProperty public native JsList<JSString> getTexts();
    @JSProperty public native void setTexts(JsList<JSString> texts);
    /** A state's logs, packed apart from the rest: read in at once even while the rest is held. */
    @JSProperty public native WorkerMessage getLogs();
    @JSProperty public native void setLogs(WorkerMessage logs);

    /** "failed", with what went wrong. */
    public static WorkerMessage failure(int generation, Throwable error) {
        WorkerMessage message = of("failed", generation);
        message.setMessage(error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName());
        return message;
    }

    public static WorkerMessage of(String type, int generation) {
        WorkerMessage message = new WorkerMessage();
        message.setType(type);
        message.setGeneration(generation);
        return message;
    }
}
