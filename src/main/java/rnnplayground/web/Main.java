package rnnplayground.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.web.worker.WorkerJobs;

/** The entry point of both builds (JavaScript and WebAssembly GC). */
public final class Main {
    private Main() {
    }

    /**
     * Starts the playground and marks how far it got on the widget's {@code data-start}: "begun", then
     * "done". TeaVM's compiled main reports no Java exception to its caller, so web/boot.js reads the
     * mark: without "done" the start failed, and without "begun" nothing was wired yet, so the other
     * engine can still start on the same page.
     */
    public static void main(String[] args) {
        if (args.length > 0 && "worker".equals(args[0])) {
            WorkerJobs.start(); // a training worker: no page here, not even a window
            return;
        }
        HTMLDocument document = HTMLDocument.current();
        HTMLElement widget = document.getElementById("playground");
        widget.setAttribute("data-start", "begun");
        new Playground(document);
        widget.setAttribute("data-start", "done");
    }
}
