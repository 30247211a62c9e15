package rnnplayground.app;

import java.util.Objects;

/**
 * The value a person chose on one of a lane's grids: the hidden state, a further state (the LSTM's c),
 * a gate, the predictions, or a measured row; its row and step, counted from 0. A state, a gate or a
 * prediction opens its arithmetic, and the influence rows are of a chosen state's value.
 */
public final class Choice {
    /** The grids of a lane, the kind of value each holds. */
    public enum Grid {
        HIDDEN, STATE, GATE, PREDICTIONS, REACH, INFLUENCE, INPUT, DIMENSIONS, PINNED;

        /** Whether a value of this grid has arithmetic to open (a measured row is explained by its caption). */
        public boolean hasArithmetic() {
            return this == HIDDEN || this == STATE || this == GATE || this == PREDICTIONS;
        }
    }

    public static final Choice NONE = new Choice(0, Grid.HIDDEN, 0, -1, -1);

    public final int lane;
    public final Grid grid;
    /** Which further state or gate, for those grids; 0 otherwise. */
    public final int index;
    public final int row;
    public final int step;

    public Choice(int lane, Grid grid, int index, int row, int step) {
        this.lane = lane;
        this.grid = grid;
        this.index = index;
        this.row = row;
        this.step = step;
    }

    public boolean isMade() {
        return step >= 0;
    }

    /** Whether a value of a state is chosen (not a prediction): the influence rows are of it. */
    public boolean ofState() {
        return isMade() && grid != Grid.PREDICTIONS;
    }

    /** The entry of the whole state whose influence is shown: h[row], or row of further state part {@code index}. */
    public int stateEntry(int hidden) {
        return grid == Grid.STATE ? (index + 1) * hidden + row : row;
    }

    /** What a link keeps of it: a value of the first lane's hidden state or predictions, or none. */
    public OpenCell link() {
        boolean linked = isMade() && lane == 0 && (grid == Grid.HIDDEN || grid == Grid.PREDICTIONS);
        return linked ? new OpenCell(grid == Grid.PREDICTIONS, row, step) : OpenCell.NONE;
    }

    /** The choice a link's open cell makes. */
    public static Choice of(OpenCell open) {
        return open.isOpen() ? new Choice(0, open.ofPredictions ? Grid.PREDICTIONS : Grid.HIDDEN, 0, open.row, open.step)
                : NONE;
    }

    public boolean sameAs(Choice other) {
        return lane == other.lane && grid == other.grid && index == other.index && row == other.row
                && step == other.step;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Choice)) {
            return false;
        }
        Choice o = (Choice) other;
        return lane == o.lane && Objects.equals(grid, o.grid) && index == o.index && row == o.row && step == o.step;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lane, grid, index);
    }
}
