package rnnplayground.web.heatmap;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.StepText;
import rnnplayground.web.dom.Page;

/**
 * Pointer and keyboard on one grid. Hover (or a tap) shows a cell's tooltip; a click (or a second tap
 * on the same cell, or Enter) opens its arithmetic; arrow keys move a cell cursor that is announced to
 * screen readers; space plays or pauses. The inspectors of all grids share the tooltip and the status
 * line under the heatmap, which only they write.
 */
public final class CellInspector implements GridCursor {
    /** Where the cells of a grid are. */
    interface Grid {
        HTMLElement element();

        /** The step under a point given relative to the grid, or -1. */
        int stepAt(double x);

        /** The row under a point given relative to the grid, or -1. */
        int rowAt(double y);

        /** Where cell (i, t) is on screen: {left, top, right, bottom}. */
        double[] cellBounds(int i, int t);

        /** Where the whole grid is on screen: {left, top, right, bottom}. */
        double[] bounds();

        /** Outlines cell (i, t), the one under the mouse, or nothing when i is -1. */
        void hover(int i, int t);

        void focus();
    }

    /** What the inspector asks of the widget whose grid it inspects. */
    interface Host {
        int rows();

        /** How many leading columns are on show. */
        int shownColumns();

        /** "dimension 3, step 5, reads “a”, value 0.123". */
        String describe(int i, int t);

        void open(int i, int t);

        /** The cursor is now on (i, t), or hidden (i = -1): mark it and bring it into view. */
        void cursorMoved(int i, int t);

        void togglePlay();

        void closePanel();
    }

    /** A pointer event: its kind of pointer, and its position in fractions of a pixel. */
    public interface PointerEvent extends Event {
        @JSProperty
        String getPointerType();

        @JSProperty
        double getClientX();

        @JSProperty
        double getClientY();
    }

    /** An element's box on screen, in fractions of a pixel. */
    public interface Bounds extends JSObject {
        @JSProperty
        double getLeft();

        @JSProperty
        double getTop();
    }

    private static final double GAP = 8;

    private final Grid grid;
    private final HTMLElement tooltip;
    private final HTMLElement status;
    private final Host host;
    private int cursorRow;
    private int cursorStep;
    private boolean cursorShown;
    private int tappedRow = -1;
    private int tappedStep = -1;
    /** The kind of the last pointer pressed or moved: a click carries none in every browser. */
    private String pointerType = "mouse";
    /** Whether the person uses a finger, on any grid: the help line says how touch works. */
    private static boolean touch = Page.mediaMatches("(pointer: coarse)");
    /** The inspector that wrote the help line last, which writes it again when a finger shows up. */
    private static CellInspector summarised;
    private int summarisedRows;
    private int summarisedColumns;

    public CellInspector(HTMLDocument document, Grid grid, Host host) {
        this.grid = grid;
        this.host = host;
        this.tooltip = document.getElementById("tooltip");
        this.status = document.getElementById("cell-status");
        HTMLElement element = grid.element();
        element.addEventListener("pointerdown", this::notePointer);
        element.addEventListener("pointermove", event -> {
            notePointer(event);
            hover(event);
        });
        element.addEventListener("pointerleave", event -> {
            if (isMouse()) {
                hideTooltip(); // a touch pointer leaves after every tap: its tooltip stays
            }
        });
        element.addEventListener("click", this::click);
        element.addEventListener("pointerup", this::tap);
        element.addEventListener("keydown", event -> key((KeyboardEvent) event));
        element.addEventListener("blur", event -> hideTooltip());
    }

    /** Tells what the heatmap holds, for the status line under it (and screen readers). */
    @Override
    public void summarise(int rows, int columns) {
        summarised = this;
        summarisedRows = rows;
        summarisedColumns = columns;
        String steps = columns == 0 ? "no steps yet" : "steps " + StepText.range(columns);
        status.setTextContent(rows + " rows (dimensions " + StepText.range(rows) + " of h) \u00d7 " + columns
                + " columns (" + steps + "). " + (touch ? "Tap a cell for its value, tap it again for its arithmetic."
                : "Point at a cell for its value, click it for its arithmetic; or focus the heatmap, move with the"
                        + " arrow keys and press Enter."));
    }

    @Override
    public int cursorRow() {
        return cursorShown ? cursorRow : -1;
    }

    @Override
    public int cursorStep() {
        return cursorStep;
    }

    @Override
    public void clamp() {
        cursorRow = Math.max(0, Math.min(host.rows() - 1, cursorRow));
        cursorStep = Math.max(0, Math.min(host.shownColumns() - 1, cursorStep));
    }

    private boolean isShown(int i, int t) {
        return i >= 0 && i < host.rows() && t >= 0 && t < host.shownColumns();
    }

    private void moveCursor(int i, int t) {
        cursorShown = true;
        cursorRow = i;
        cursorStep = t;
        clamp();
        host.cursorMoved(cursorRow, cursorStep);
    }

    private void notePointer(Event event) {
        pointerType = event.<PointerEvent>cast().getPointerType();
        if (!touch && pointerType.equals("touch")) {
            touch = true;
            if (summarised != null) {
                summarised.summarise(summarised.summarisedRows, summarised.summarisedColumns);
            }
        }
    }

    /** Whether the last pointer is a mouse (or of a kind the browser cannot tell). */
    private boolean isMouse() {
        return pointerType.isEmpty() || pointerType.equals("mouse");
    }

    /** The cell under the pointer, {row, step}: either is -1 outside the grid. */
    private int[] cellUnder(Event event) {
        PointerEvent pointer = event.cast();
        Bounds bounds = ((HTMLElement) pointer.getTarget()).getBoundingClientRect().cast();
        return new int[] {grid.rowAt(pointer.getClientY() - bounds.getTop()),
            grid.stepAt(pointer.getClientX() - bounds.getLeft())};
    }

    private void hover(Event event) {
        if (!isMouse()) {
            return;
        }
        int[] cell = cellUnder(event);
        if (isShown(cell[0], cell[1])) {
            showTooltip(cell[0], cell[1]);
        } else {
            hideTooltip();
        }
    }

    private void click(Event event) {
        if (!isMouse()) {
            return; // touch and pen are handled as taps
        }
        int[] cell = cellUnder(event);
        if (isShown(cell[0], cell[1])) {
            hideTooltip();
            moveCursor(cell[0], cell[1]);
            host.open(cell[0], cell[1]);
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
        if (!isShown(i, t)) {
            return;
        }
        moveCursor(i, t);
        if (i != tappedRow || t != tappedStep) {
            tappedRow = i;
            tappedStep = t;
            showTooltip(i, t);
            tooltip.setTextContent(tooltip.getTextContent() + "\nTap again for its arithmetic.");
            return;
        }
        tappedRow = -1;
        tappedStep = -1;
        hideTooltip();
        host.open(i, t);
    }

    private void key(KeyboardEvent event) {
        int i = cursorRow;
        int t = cursorStep;
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
                if (isShown(i, t)) {
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
        moveCursor(i, t);
        if (isShown(cursorRow, cursorStep)) {
            status.setTextContent(host.describe(cursorRow, cursorStep));
            showTooltip(cursorRow, cursorStep);
        }
    }

    /**
     * Shows the tooltip of cell (i, t) outside the grid, above it or else below it, over the cell's
     * column: it hides none of the cells one looks at next. Only where neither fits in the window does it
     * go beside the cell.
     */
    void showTooltip(int i, int t) {
        tooltip.setTextContent(host.describe(i, t));
        tooltip.setHidden(false);
        grid.hover(i, t);
        double[] cell = grid.cellBounds(i, t);
        double[] whole = grid.bounds();
        double width = tooltip.getOffsetWidth();
        double height = tooltip.getOffsetHeight();
        double windowWidth = Window.current().getInnerWidth();
        double windowHeight = Window.current().getInnerHeight();
        double left = cell[0];
        double top;
        if (whole[1] - height - GAP >= GAP) {
            top = whole[1] - height - GAP;
        } else if (whole[3] + height + GAP <= windowHeight - GAP) {
            top = whole[3] + GAP;
        } else {
            top = Math.max(GAP, Math.min(cell[1], windowHeight - height - GAP));
            left = cell[2] + width + GAP <= windowWidth - GAP ? cell[2] + GAP : cell[0] - width - GAP;
        }
        left = Math.max(GAP, Math.min(left, windowWidth - width - GAP));
        Page.setStyleProperty(tooltip, "left", (int) left + "px");
        Page.setStyleProperty(tooltip, "top", (int) top + "px");
    }

    void hideTooltip() {
        tooltip.setHidden(true);
        grid.hover(-1, -1);
    }
}
