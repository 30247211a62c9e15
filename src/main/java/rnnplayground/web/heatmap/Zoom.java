package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.web.dom.Page;

/**
 * "Bigger cells": every grid's cells at least {@link #TAP} CSS pixels each way, comfortable to tap
 * (the heatmap box then scrolls). On by default where the main pointer is a finger. One choice for the
 * whole page, as it is about the person's screen, not about what a widget shows.
 */
public final class Zoom {
    /** The smallest target a finger hits reliably (WCAG's minimum target size). */
    static final int TAP = 24;

    private static boolean on = Page.mediaMatches("(pointer: coarse)");

    private Zoom() {
    }

    /** A cell's height: {@code natural}, or at least {@link #TAP} when zoomed. */
    static int rows(int natural) {
        return on ? Math.max(TAP, natural) : natural;
    }

    /** A cell's width: {@code natural}, or at least {@link #TAP} when zoomed. */
    static int columns(int natural) {
        return rows(natural);
    }

    /**
     * The switch {@code #zoom}, which says its state ("on", "off") beside its name; {@code relayout} lays
     * the grids out again when it changes.
     */
    public static void wire(HTMLDocument document, Runnable relayout) {
        HTMLElement button = document.getElementById("zoom");
        HTMLElement state = document.getElementById("zoom-state");
        show(button, state);
        button.addEventListener("click", event -> {
            on = !on;
            show(button, state);
            relayout.run();
        });
    }

    private static void show(HTMLElement button, HTMLElement state) {
        button.setAttribute("aria-checked", String.valueOf(on));
        state.setTextContent(on ? "on" : "off");
    }
}
