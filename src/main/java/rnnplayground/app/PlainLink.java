package rnnplayground.app;

import rnnplayground.core.Cells;

/**
 * A link read only as far as a first visit's heatmap needs, before the page's build has loaded (see
 * {@link FirstLanes}): the sequence, seed, hidden size, cell, compared cell, ρ, gates and colouring, as
 * the page writes them, and keys whose fields change nothing in the heatmap's box. What it reads is what
 * {@link HashCodec} reads from the same link. Anything else is not read at all ({@link #read} gives null,
 * and the page's build draws the heatmap): an open cell, a task or an experiment, a key unknown here or
 * given twice, a value percent-encoded (but a space in the sequence) or one the page would refuse.
 */
public final class PlainLink {
    /** The keys of the fields read here, in the order of {@link HashCodec}'s table. */
    private static final String[] KEYS = {"seq", "seed", "h", "cell", "compare", "rho", "gates", "colour"};
    private static final int SEQUENCE = 0;
    private static final int SEED = 1;
    private static final int HIDDEN = 2;
    private static final int CELL = 3;
    private static final int COMPARE = 4;
    private static final int RHO = 5;
    private static final int GATES = 6;
    private static final int COLOUR = 7;
    /** The keys of fields that change nothing in the heatmap's box, whatever their values. */
    private static final String[] ELSEWHERE = {"lr", "clip", "train", "temp", "sample", "space", "panels", "detector"};

    public final String sequence;
    public final int seed;
    public final int hiddenSize;
    /** The cell's key, and the compared cell's or "". */
    public final String cell;
    public final String compare;
    /** ρ, by its index in {@link CellSettings#RECURRENT_SCALE_TEXTS}. */
    public final int recurrentScale;
    public final boolean gates;
    /** The dimension the letters are coloured by, or -1. */
    public final int colour;
    /** Whether the hash held a state at all, not a plain anchor nor nothing. */
    public final boolean fromLink;

    private PlainLink(String sequence, int seed, int hiddenSize, String cell, String compare, int recurrentScale,
            boolean gates, int colour, boolean fromLink) {
        this.sequence = sequence;
        this.seed = seed;
        this.hiddenSize = hiddenSize;
        this.cell = cell;
        this.compare = compare;
        this.recurrentScale = recurrentScale;
        this.gates = gates;
        this.colour = colour;
        this.fromLink = fromLink;
    }

    /** Reads {@code hash} (with or without its "#"), or gives null when it is not a plain link. */
    public static PlainLink read(String hash) {
        String text = hash == null ? "" : hash.startsWith("#") ? hash.substring(1) : hash;
        boolean fromLink = text.indexOf('=') >= 0 || text.indexOf('&') >= 0; // else "#history": the defaults
        String[] values = new String[KEYS.length];
        int parts = 0;
        int start = 0;
        while (fromLink && start < text.length()) {
            int end = text.indexOf('&', start);
            end = end < 0 ? text.length() : end;
            int from = start;
            start = end + 1;
            if (end == from) {
                continue;
            }
            int eq = text.indexOf('=', from);
            if (++parts > HashCodec.MAX_PARTS || eq < 0 || eq > end) {
                return null;
            }
            String key = text.substring(from, eq);
            int k = StateField.indexOf(KEYS, key);
            if (k < 0 ? StateField.indexOf(ELSEWHERE, key) < 0 : values[k] != null) {
                return null;
            }
            if (k >= 0) {
                values[k] = text.substring(eq + 1, end);
            }
        }
        return values[SEQUENCE] != null && values[SEQUENCE].isEmpty() ? null : of(values, fromLink);
    }

    /** The link of the values given (null: the default), or null when one is not plain or would be refused. */
    private static PlainLink of(String[] values, boolean fromLink) {
        String sequence = values[SEQUENCE] == null ? SequenceRules.DEFAULT_SEQUENCE : values[SEQUENCE].replace("%20", " ");
        for (int k = SEQUENCE + 1; k < values.length; k++) {
            if (values[k] != null && (values[k].indexOf('%') >= 0 || values[k].indexOf('+') >= 0)) {
                return null;
            }
        }
        Integer seed = values[SEED] == null ? Integer.valueOf(PageState.DEFAULT_SEED) : StateField.unsigned(values[SEED]);
        Integer hidden = values[HIDDEN] == null ? Integer.valueOf(PageState.DEFAULT_HIDDEN_SIZE)
                : StateField.whole(values[HIDDEN], PageState.MIN_HIDDEN_SIZE, PageState.MAX_HIDDEN_SIZE);
        int cell = choice(values[CELL], CellSettings.CELLS, StateField.indexOf(CellSettings.CELLS, Cells.first()));
        int compare = choice(values[COMPARE], CellSettings.COMPARED, 0);
        int rho = choice(values[RHO], CellSettings.RECURRENT_SCALE_TEXTS, CellSettings.DEFAULT_RECURRENT_SCALE);
        int gates = choice(values[GATES], StateField.SHOWN, 0);
        Integer colour = values[COLOUR] == null ? Integer.valueOf(-1) : StateField.dimension(values[COLOUR]);
        if (!SequenceRules.isValid(sequence) || seed == null || hidden == null || cell < 0 || compare < 0 || rho < 0
                || gates < 0 || colour == null || colour >= hidden
                || CellSettings.COMPARED[compare].equals(CellSettings.CELLS[cell])) {
            return null;
        }
        return new PlainLink(sequence, seed, hidden, CellSettings.CELLS[cell], CellSettings.COMPARED[compare], rho,
                gates == 1, colour, fromLink);
    }

    /** The index of {@code text} in {@code texts}, {@code otherwise} when there is no text, -1 when it is none of them. */
    private static int choice(String text, String[] texts, int otherwise) {
        return text == null ? otherwise : StateField.indexOf(texts, text);
    }
}
