package rnnplayground.web.inspect;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.web.dom.Page;
import rnnplayground.web.heatmap.CellInspector;

/**
 * The grip on top of the arithmetic where it is a sheet over the bottom of a narrow screen: drag it to
 * make the sheet taller or shorter, press it to switch between its first height and a tall one, or use
 * the arrow keys. The height is the sheet's largest, {@code --sheet-height}; a sheet with less to show
 * stays shorter.
 */
final class SheetGrip {
    /** The tall height a press gives, and the range a drag or the keys keep to, as shares of the window's height. */
    private static final double TALL = 0.85;
    private static final double LOWEST = 0.2;
    private static final double KEY_STEP = 0.1;
    /** A pointer that moves less than this, in CSS pixels, pressed the grip rather than dragged it. */
    private static final double SLOP = 4;

    /** A pointer event's id, for capturing it. */
    interface Pointer extends CellInspector.PointerEvent {
        @JSProperty
        int getPointerId();
    }

    /** An element's setPointerCapture(). */
    interface Capturing extends JSObject {
        void setPointerCapture(int pointerId);
    }

    private final HTMLElement panel;
    private final HTMLElement grip;
    private double startY = Double.NaN;
    private double startHeight;
    private boolean dragged;

    SheetGrip(HTMLElement panel, HTMLElement grip) {
        this.panel = panel;
        this.grip = grip;
        grip.addEventListener("pointerdown", this::press);
        grip.addEventListener("pointermove", this::drag);
        grip.addEventListener("pointerup", event -> startY = Double.NaN);
        grip.addEventListener("pointercancel", event -> startY = Double.NaN);
        grip.addEventListener("click", event -> {
            if (!dragged) {
                setShare(panel.getBoundingClientRect().getHeight() < TALL * windowHeight() - SLOP ? TALL : -1);
            }
            dragged = false;
        });
        grip.addEventListener("keydown", event -> {
            String key = ((KeyboardEvent) event).getKey();
            if (key.equals("ArrowUp") || key.equals("ArrowDown")) {
                event.preventDefault();
                double share = panel.getBoundingClientRect().getHeight() / windowHeight();
                setShare(share + (key.equals("ArrowUp") ? KEY_STEP : -KEY_STEP));
            }
        });
        label();
    }

    private void press(Event event) {
        Pointer pointer = event.cast();
        startY = pointer.getClientY();
        startHeight = panel.getBoundingClientRect().getHeight();
        dragged = false;
        grip.<Capturing>cast().setPointerCapture(pointer.getPointerId());
    }

    private void drag(Event event) {
        if (startY != startY) {
            return;
        }
        double moved = startY - event.<Pointer>cast().getClientY();
        if (dragged || Math.abs(moved) >= SLOP) {
            dragged = true;
            setShare((startHeight + moved) / windowHeight());
        }
    }

    /** The sheet at most {@code share} of the window's height (kept within its range), or at its first height for -1. */
    private void setShare(double share) {
        if (share < 0) {
            panel.getStyle().removeProperty("--sheet-height");
        } else {
            double kept = Math.max(LOWEST, Math.min(TALL, share));
            Page.setStyleProperty(panel, "--sheet-height", (int) (kept * windowHeight()) + "px");
        }
        label();
    }

    private void label() {
        boolean tall = panel.getStyle().getPropertyValue("--sheet-height").length() > 0;
        grip.setAttribute("aria-label", tall ? "Make the sheet shorter (or drag it, or use the arrow keys)"
                : "Make the sheet taller (or drag it, or use the arrow keys)");
    }

    private static double windowHeight() {
        return Window.current().getInnerHeight();
    }
}
