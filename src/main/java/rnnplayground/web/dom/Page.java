package rnnplayground.web.dom;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.css.CSSStyleDeclaration;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The few browser facts and calls that TeaVM's JSO APIs do not cover, declared as JSO interfaces:
 * nothing here is a {@code @JSBody}, so the WebAssembly build compiles no JavaScript from text.
 */
public final class Page {
    private static final List<Runnable> HASH_FOLLOWERS = new ArrayList<>();

    private Page() {
    }

    /** What the page reads of {@code window} beyond TeaVM's {@link Window}. */
    interface PageWindow extends JSObject {
        MediaQueryList matchMedia(String query);

        CSSStyleDeclaration getComputedStyle(HTMLElement element);

        @JSProperty
        Timeline getPerformance();
    }

    interface MediaQueryList extends JSObject {
        @JSProperty
        boolean isMatches();
    }

    /** The page's performance timeline. */
    interface Timeline extends JSObject {
        public void mark(String name);

        public double now();

        public JSArrayReader<JSObject> getEntriesByName(String name);
    }

    /** An input's text selection. */
    public interface TextSelection extends JSObject {
        @JSProperty
        int getSelectionStart();

        @JSProperty
        int getSelectionEnd();

        void setSelectionRange(int start, int end);
    }

    /** The options of focus() and scrollIntoView(). */
    @JSClass(name = "Object")
    static class ViewOptions implements JSObject {
        ViewOptions() {
        }

        @JSProperty
        native void setPreventScroll(boolean prevent);

        @JSProperty
        native void setBlock(String block);

        @JSProperty
        native void setTop(double top);

        @JSProperty
        native void setBehavior(String behavior);
    }

    /** The window's scrollBy() with its options. */
    interface ScrollingWindow extends JSObject {
        void scrollBy(ViewOptions options);
    }

    /** An element's focus() and scrollIntoView() with their options. */
    interface Viewable extends JSObject {
        void focus(ViewOptions options);

        void scrollIntoView(ViewOptions options);
    }

    /** Moves the focus to {@code element} without scrolling the page to it. */
    public static void focusWithoutScrolling(HTMLElement element) {
        ViewOptions options = new ViewOptions();
        options.setPreventScroll(true);
        element.<Viewable>cast().focus(options);
    }

    /** Scrolls the page as little as brings {@code element} into view (not at all when it is). */
    public static void scrollIntoViewNearest(HTMLElement element) {
        ViewOptions options = new ViewOptions();
        options.setBlock("nearest");
        element.<Viewable>cast().scrollIntoView(options);
    }

    /** Scrolls the page down by {@code by} CSS pixels (up when negative): smoothly, unless motion is reduced. */
    public static void scrollPageBy(double by) {
        ViewOptions options = new ViewOptions();
        options.setTop(by);
        options.setBehavior(mediaMatches("(prefers-reduced-motion: reduce)") ? "auto" : "smooth");
        Window.current().<ScrollingWindow>cast().scrollBy(options);
    }

    /** Whether a value read from the browser is missing: null, or undefined (which is not null). */
    public static boolean absent(JSObject value) {
        return value == null || JSObjects.isUndefined(value);
    }

    private static PageWindow window() {
        return Window.current().cast();
    }

    public static boolean mediaMatches(String query) {
        return window().matchMedia(query).isMatches();
    }

    /** A fresh seed in [1, 2^31). */
    public static int randomSeed() {
        return 1 + (int) Math.floor(Math.random() * 2147483646);
    }

    public static String hash() {
        return Window.current().getLocation().getHash();
    }

    /** Puts {@code hash} in the address without adding a history entry, then tells those that follow it. */
    public static void replaceHash(String hash) {
        Window.current().getHistory().replaceState(null, "", "#" + hash);
        for (Runnable follower : HASH_FOLLOWERS) {
            follower.run();
        }
    }

    /** What must follow the address as the page writes it (no event tells of a replaceState). */
    public static void followHash(Runnable follower) {
        HASH_FOLLOWERS.add(follower);
    }

    /** The value of the CSS property (or custom property) {@code name} as {@code element} has it. */
    public static String computedStyle(HTMLElement element, String name) {
        return window().getComputedStyle(element).getPropertyValue(name).trim();
    }

    public static void setStyleProperty(HTMLElement element, String name, String value) {
        element.getStyle().setProperty(name, value);
    }

    public static TextSelection selection(HTMLElement input) {
        return input.cast();
    }

    /** Milliseconds since the page started, to a fraction of one. */
    public static double now() {
        return window().getPerformance().now();
    }

    /** A named point on the page's performance timeline (read by web/bench.html). */
    public static void mark(String name) {
        window().getPerformance().mark(name);
    }

    /** {@link #mark}, unless the timeline has a point of that name already (set by the other build). */
    public static void markOnce(String name) {
        if (window().getPerformance().getEntriesByName(name).getLength() == 0) {
            mark(name);
        }
    }
}
