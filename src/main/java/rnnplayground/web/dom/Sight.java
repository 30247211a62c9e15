package rnnplayground.web.dom;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * An IntersectionObserver on the viewport: it tells when the element it observes comes into sight or
 * leaves it (an element in a folded details, or hidden, is never in sight).
 */
@JSClass(name = "IntersectionObserver")
class Sight implements JSObject {
    /** What the observer reports: the elements whose sight changed. */
    @JSFunctor
    interface Changed extends JSObject {
        void changed(JSArrayReader<Entry> entries);
    }

    interface Entry extends JSObject {
        @JSProperty("isIntersecting") // a getter named isX would read the property x
        boolean intersecting();
    }

    Sight(Changed changed) {
    }

    native void observe(HTMLElement element);
}
