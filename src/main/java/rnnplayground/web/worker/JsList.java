package rnnplayground.web.worker;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSIndexer;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;

/** A JavaScript array made by its constructor (JSArray.create is a @JSBody, which the eval-free loader refuses). */
@JSClass(name = "Array")
public class JsList<T extends JSObject> implements JSArrayReader<T> {
    public JsList() {
    }

    public native int push(T item);

    @JSProperty
    @Override
    public native int getLength();

    @JSIndexer
    @Override
    public native T get(int index);
}
