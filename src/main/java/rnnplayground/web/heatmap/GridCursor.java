package rnnplayground.web.heatmap;

/**
 * What the lanes ask of a grid's inspector ({@link CellInspector}): where its cursor is, to mark it.
 * A first visit's grids, drawn before the page's build has loaded, have none ({@link #NONE}).
 */
public interface GridCursor {
    /** No inspector: no cursor, nothing said. */
    GridCursor NONE = new GridCursor() {
        @Override
        public void summarise(int rows, int columns) {
        }

        @Override
        public int cursorRow() {
            return -1;
        }

        @Override
        public int cursorStep() {
            return -1;
        }

        @Override
        public void clamp() {
        }
    };

    /** Tells what the grid holds, for the status line under it (and screen readers). */
    void summarise(int rows, int columns);

    /** The row of the cursor, or -1 when it is not on show. */
    int cursorRow();

    /** The step of the cursor (it counts only while its row is on show). */
    int cursorStep();

    /** Keeps the cursor within the grid, after it was laid out anew. */
    void clamp();
}
