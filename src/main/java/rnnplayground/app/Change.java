package rnnplayground.app;

/**
 * What a change of the widget's state invalidated, handed to every view with the state: a set of
 * flags, and for new values the first step they changed from. {@link #between} is the one rule that
 * says what a change of the page state needs; each operation of {@link WidgetState} adds what it did.
 */
public final class Change {
    /** New networks (a cell, a compared cell, a seed, a hidden size, ρ, a task, or training reset). */
    public static final int NETWORKS = 1;
    /** The grids are laid out anew: their columns, rows or the grids shown. */
    public static final int LAYOUT = 1 << 1;
    /** Values from {@link #from} on changed: an edit, or the weights trained. */
    public static final int VALUES = 1 << 2;
    /** The replay's position moved. */
    public static final int POSITION = 1 << 3;
    /** The chosen value, or what is computed of it (its arithmetic, its influence), changed. */
    public static final int CHOICE = 1 << 4;
    /** How far a change reaches was measured anew. */
    public static final int REACH = 1 << 5;
    /** The dimension that colours the letters. */
    public static final int COLOURING = 1 << 6;
    /** The training's status, log or settings. */
    public static final int TRAINING = 1 << 7;
    /** What the sample is drawn with, or the network it is drawn from. */
    public static final int SAMPLE = 1 << 8;
    /** The choices the settings controls show. */
    public static final int SETTINGS = 1 << 9;
    /** The page state the address holds. */
    public static final int LINK = 1 << 10;
    /** The last edit's outline and sentence: shown anew, or put away. */
    public static final int EDIT = 1 << 11;
    /** The recurrent scale's readout was measured anew. */
    public static final int MEMORY = 1 << 12;
    /** A frame of training took steps: the values changed, and views that are slow to draw may wait. */
    public static final int FRAME = 1 << 13;
    /** Training paused, stopped or caught up with a link: what waited catches up. */
    public static final int SETTLED = 1 << 14;
    /** The recall experiment asked for: run (again), or cancelled. */
    public static final int EXPERIMENT = 1 << 15;

    /** Everything: the first showing. */
    static final int ALL = (1 << 16) - 1 & ~FRAME & ~SETTLED;

    public final int flags;
    /** The first step whose values may have changed (with {@link #VALUES} or {@link #LAYOUT}). */
    public final int from;

    Change(int flags, int from) {
        this.flags = flags;
        this.from = from;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether any of {@code flags} is set. */
    public boolean hasAny(int flags) {
        return (this.flags & flags) != 0;
    }

    /**
     * What a change of the page state from {@code before} to {@code after} needs: new networks for a new
     * cell, compared cell, seed, hidden size, ρ or task (training starts over); a new layout for gates shown or hidden; a new sample
     * for its temperature or seed; new training settings; and always the address. (A new layout brings
     * what is measured on the grids with it: see {@link WidgetState}.)
     */
    static int between(PageState before, PageState after) {
        int flags = LINK;
        if (!after.cell.equals(before.cell) || !after.compare.equals(before.compare) || after.seed != before.seed
                || after.hiddenSize != before.hiddenSize || after.recurrentScale != before.recurrentScale
                || !after.task.equals(before.task)) {
            flags |= NETWORKS | LAYOUT | VALUES | SETTINGS | TRAINING | EDIT | COLOURING;
        }
        if (after.gates != before.gates) {
            flags |= LAYOUT | SETTINGS;
        }
        if (after.temperature != before.temperature || after.sampleSeed != before.sampleSeed) {
            flags |= SAMPLE;
        }
        if (after.learningRate != before.learningRate || after.clip != before.clip) {
            flags |= TRAINING;
        }
        if (after.colour != before.colour) {
            flags |= COLOURING;
        }
        if (!after.experiment.equals(before.experiment)) {
            flags |= EXPERIMENT;
        }
        return flags;
    }
}
