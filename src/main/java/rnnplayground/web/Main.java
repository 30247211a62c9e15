package rnnplayground.web;

import org.teavm.jso.dom.html.HTMLDocument;

/** The entry point of both builds (JavaScript and WebAssembly GC). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        new Playground(HTMLDocument.current());
    }
}
