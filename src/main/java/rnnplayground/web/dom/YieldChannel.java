package rnnplayground.web.dom;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MessageEvent;

/**
 * A MessageChannel, to run work in a task of its own at once, letting other messages in between
 * without the delay of nested timers (browsers hold those back to 4 ms at least).
 */
@JSClass(name = "MessageChannel")
public class YieldChannel implements JSObject {
    public YieldChannel() {
    }

    @JSProperty
    public native Port getPort1();

    @JSProperty
    public native Port getPort2();

    /** One end of the channel. */
    public interface Port extends JSObject {
        void postMessage(JSObject message);

        @JSProperty("onmessage")
        void setOnMessage(EventListener<MessageEvent> listener);
    }
}
