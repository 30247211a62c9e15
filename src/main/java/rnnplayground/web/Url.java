package rnnplayground.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The browser's URL: parsing and editing an address, and addresses of files made in the page. */
@JSClass(name = "URL")
class Url implements JSObject {
    /** The query of an address. */
    interface SearchParams extends JSObject {
        void delete(String name);
    }

    Url(String address) {
    }

    @JSProperty
    native String getHref();

    @JSProperty
    native void setHash(String hash);

    /** The query, "?engine=js", or "" when there is none. */
    @JSProperty
    native String getSearch();

    @JSProperty
    native void setSearch(String search);

    @JSProperty
    native String getOrigin();

    @JSProperty
    native SearchParams getSearchParams();

    /** An address for a Blob (a file made in the page). */
    static native String createObjectURL(JSObject blob);

    static native void revokeObjectURL(String url);
}
