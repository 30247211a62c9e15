package rnnplayground.web.dom;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The browser's URL: parsing and editing an address, and addresses of files made in the page. */
@JSClass(name = "URL")
public class Url implements JSObject {
    /** The query of an address. */
    public interface SearchParams extends JSObject {
        void delete(String name);
    }

    public Url(String address) {
    }

    @JSProperty
    public native String getHref();

    @JSProperty
    public native void setHash(String hash);

    /** The query, "?engine=js", or "" when there is none. */
    @JSProperty
    public native String getSearch();

    @JSProperty
    public native void setSearch(String search);

    @JSProperty
    public native String getOrigin();

    @JSProperty
    public native SearchParams getSearchParams();

    /** An address for a Blob (a file made in the page). */
    public static native String createObjectURL(JSObject blob);

    public static native void revokeObjectURL(String url);
}
