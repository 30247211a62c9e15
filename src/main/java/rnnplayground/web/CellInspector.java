package rnnplayground.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Pointer and keyboard on the heatmap. Hover (or a tap) shows a cell's tooltip; a click (or a second
 * tap on the same cell, or Enter) opens its arithmetic; arrow keys move a cell cursor that is
 * announced to screen readers; space plays or pauses.
 */
final class CellInspector {
    /** What the inspector asks of the widget it inspects. */
    interface Host {
        /** Whether cell (i, t) is on show. */
        boolean isShown(int i, int t);

        /** "dimension 3, step 5, reads “a”, value 0.123". */
        String describe(int i, int t);

        void open(int i, int t);

        void moveCursor(int i, int t);

        int cursorDimension();

        int cursorStep();

        void togglePlay();

        void closePanel();
    }

    /** A pointer event: its kind of pointer, and its position in fractions of a pixel. */
    interface PointerEvent extends Event {
        @JSProperty
        String getPointerType();

        @JSProperty
        double getClientX();

        @JSProperty
        double getClientY();
    }

    /** An element's box on screen, in fractions of a pixel. */
    interface Bounds extends JSObject {
        @JSProperty
        double getLeft();

        @JSProperty
        double getTop();
    }

    private static final double GAP = 8;

    private final HeatmapView heatmap;
    private final HTMLElement tooltip;
    private final HTMLElement status;
    private final Host host;
    private int tappedDimension = -1;
    private int tappedStep = -1;
    /** The kind of the last pointer pressed or moved: a click carries none in every browser. */
    private String pointerType = "mouse";

    CellInspector(HTMLDocument document, HeatmapView heatmap, Host host) {
        this.heatmap = heatmap;
        this.host = host;
        this.tooltip = document.getElementById("tooltip");
        this.status = document.getElementById("cell-status");
        HTMLElement canvas = document.getElementById("heatmap");
        canvas.addEventListener("pointerdown", this::notePointer);
        canvas.addEventListener("pointermove", event -> {
            notePointer(event);
            hover(event);
        });
        canvas.addEventListener("pointerleave", event -> {
            if (isMouse()) {
                hideTooltip(); // a touch pointer leaves after every tap: its tooltip stays
            }
        });
        canvas.addEventListener("click", this::click);
        canvas.addEventListener("pointerup", this::tap);
        canvas.addEventListener("keydown", event -> key((KeyboardEvent) event));
        canvas.addEventListener("blur", event -> hideTooltip());
    }

    private void notePointer(Event event) {
        pointerType = event.<PointerEvent>cast().getPointerType();
    }

    /** Whether the last pointer is a mouse (or of a kind the browser cannot tell). */
    private boolean isMouse() {
        return pointerType.isEmpty() || pointerType.equals("mouse");
    }

    /** The cell under the pointer, {dimension, step}: either is -1 outside the heatmap. */
    private int[] cellUnder(Event event) {
        PointerEvent pointer = event.cast();
        Bounds bounds = ((HTMLElement) pointer.getTarget()).getBoundingClientRect().cast();
        return new int[] {heatmap.dimensionAt(pointer.getClientY() - bounds.getTop()),
            heatmap.stepAt(pointer.getClientX() - bounds.getLeft())};
    }

    private void hover(Event event) {
        if (!isMouse()) {
            return;
        }
        int[] cell = cellUnder(event);
        int i = cell[0];
        int t = cell[1];
        if (host.isShown(i, t)) {
            showTooltip(i, t);
        } else {
            hideTooltip();
        }
    }

    private void click(Event event) {
        if (!isMouse()) {
            return; // touch and pen are handled as taps
        }
        int[] cell = cellUnder(event);
        int i = cell[0];
        int t = cell[1];
        if (host.isShown(i, t)) {
            hideTooltip();
            host.moveCursor(i, t);
            host.open(i, t);
        }
    }

    /** A first tap on a cell does what hover does; a second tap on the same cell opens it. */
    private void tap(Event event) {
        if (isMouse()) {
            return;
        }
        int[] cell = cellUnder(event);
        int i = cell[0];
        int t = cell[1];
        if (!host.isShown(i, t)) {
            return;
        }
        host.moveCursor(i, t);
        if (i != tappedDimension || t != tappedStep) {
            tappedDimension = i;
            tappedStep = t;
            showTooltip(i, t);
            return;
        }
        tappedDimension = -1;
        tappedStep = -1;
        hideTooltip();
        host.open(i, t);
    }

    private void key(KeyboardEvent event) {
        int i = host.cursorDimension();
        int t = host.cursorStep();
        switch (event.getKey()) {
            case "ArrowUp":
                i--;
                break;
            case "ArrowDown":
                i++;
                break;
            case "ArrowLeft":
                t--;
                break;
            case "ArrowRight":
                t++;
                break;
            case "Home":
                t = 0;
                break;
            case "End":
                t = Integer.MAX_VALUE;
                break;
            case " ":
            case "Spacebar":
                event.preventDefault();
                host.togglePlay();
                return;
            case "Enter":
                event.preventDefault();
                if (host.isShown(i, t)) {
                    host.open(i, t);
                }
                return;
            case "Escape":
                host.closePanel();
                hideTooltip();
                return;
            default:
                return;
        }
        event.preventDefault();
        host.moveCursor(i, t);
        i = host.cursorDimension();
        t = host.cursorStep();
        if (host.isShown(i, t)) {
            status.setTextContent(host.describe(i, t));
            showTooltip(i, t);
        }
    }

    void showTooltip(int i, int t) {
        tooltip.setTextContent(host.describe(i, t));
        tooltip.setHidden(false);
        double[] cell = heatmap.cellBounds(i, t);
        double width = tooltip.getOffsetWidth();
        double height = tooltip.getOffsetHeight();
        double left = Math.max(GAP, Math.min(cell[0], Window.current().getInnerWidth() - width - GAP));
        double top = cell[1] - height - GAP;
        if (top < GAP) {
            top = Math.min(cell[3] + GAP, Window.current().getInnerHeight() - height - GAP);
        }
        Page.setStyleProperty(tooltip, "left", (int) left + "px");
        Page.setStyleProperty(tooltip, "top", (int) top + "px");
    }

    void hideTooltip() {
        tooltip.setHidden(true);
    }

    /** Tells what the heatmap holds, for the status line under it (and screen readers). */
    void summarise(int rows, int columns) {
        status.setTextContent(rows + " rows (the dimensions of h) \u00d7 " + columns
                + " columns (the steps). Point at a cell, or focus the heatmap and use the arrow keys.");
    }
}
