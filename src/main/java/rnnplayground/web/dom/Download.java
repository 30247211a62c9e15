package rnnplayground.web.dom;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLAnchorElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;

/** Files made in the page and saved by the browser: a Blob behind an object URL and a download link. Nothing is sent anywhere. */
public final class Download {
    private Download() {
    }

    /** A canvas that can hand over its pixels as a PNG file. */
    interface PngCanvas extends JSObject {
        void toBlob(BlobReady ready, String type);
    }

    @JSFunctor
    interface BlobReady extends JSObject {
        void ready(JSObject blob);
    }

    /** The options of a new Blob: its media type. */
    @JSClass(name = "Object")
    static class BlobOptions implements JSObject {
        BlobOptions() {
        }

        @JSProperty
        native void setType(String type);
    }

    /** The browser's Blob, made from text. */
    @JSClass(name = "Blob")
    static class TextBlob implements JSObject {
        TextBlob(String[] parts, BlobOptions options) {
        }
    }

    /** Saves {@code text} of media type {@code type} as a file named {@code name}. */
    public static void text(HTMLDocument document, String text, String type, String name) {
        BlobOptions options = new BlobOptions();
        options.setType(type);
        save(document, new TextBlob(new String[] {text}, options), name);
    }

    /** Saves {@code canvas}'s pixels as a PNG file named {@code name}. */
    public static void png(HTMLDocument document, HTMLCanvasElement canvas, String name) {
        canvas.<PngCanvas>cast().toBlob(blob -> {
            if (blob != null) {
                save(document, blob, name);
            }
        }, "image/png");
    }

    /** Saves {@code blob} as a file named {@code name}, through a download link clicked at once. */
    private static void save(HTMLDocument document, JSObject blob, String name) {
        String url = Url.createObjectURL(blob);
        HTMLAnchorElement link = (HTMLAnchorElement) document.createElement("a");
        link.setHref(url);
        link.setDownload(name);
        link.setHidden(true);
        document.getBody().appendChild(link);
        link.click();
        document.getBody().removeChild(link);
        Window.setTimeout(() -> Url.revokeObjectURL(url), 60000);
    }
}
