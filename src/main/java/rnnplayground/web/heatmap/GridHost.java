package rnnplayground.web.heatmap;

import java.util.function.IntSupplier;

/** An inspector's host for one grid, from the few answers the grid's owner gives. */
public final class GridHost implements CellInspector.Host {
    /** Says what cell (i, t) holds, for the tooltip and the status line. */
    public interface Describe {
        String of(int i, int t);
    }

    /** Does something with cell (i, t). */
    public interface CellAction {
        void at(int i, int t);
    }

    private final IntSupplier rows;
    private final IntSupplier columns;
    private final Describe describe;
    private final CellAction open;
    private final CellAction cursorMoved;
    private final Runnable togglePlay;
    private final Runnable closePanel;

    public GridHost(IntSupplier rows, IntSupplier columns, Describe describe, CellAction open, CellAction cursorMoved,
            Runnable togglePlay, Runnable closePanel) {
        this.rows = rows;
        this.columns = columns;
        this.describe = describe;
        this.open = open;
        this.cursorMoved = cursorMoved;
        this.togglePlay = togglePlay;
        this.closePanel = closePanel;
    }

    @Override
    public int rows() {
        return rows.getAsInt();
    }

    @Override
    public int shownColumns() {
        return columns.getAsInt();
    }

    @Override
    public String describe(int i, int t) {
        return describe.of(i, t);
    }

    @Override
    public void open(int i, int t) {
        open.at(i, t);
    }

    @Override
    public void cursorMoved(int i, int t) {
        cursorMoved.at(i, t);
    }

    @Override
    public void togglePlay() {
        togglePlay.run();
    }

    @Override
    public void closePanel() {
        closePanel.run();
    }
}
