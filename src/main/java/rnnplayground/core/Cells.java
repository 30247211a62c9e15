package rnnplayground.core;

/**
 * The cells a network can have, by key: a new cell is its class and one line in {@link #CELLS}. Views,
 * prose, exports and the benchmark read what each declares ({@link CellKind}) from here.
 */
public final class Cells {
    /** Makes a cell with weights drawn from {@code prng}, its recurrent matrices at spectral norm ρ. */
    public interface Factory {
        RecurrentCell create(Prng prng, int hiddenSize, double recurrentScale);
    }

    /** ρ by default: the spectral norm the plain RNN's W_hh has always had. */
    public static final double DEFAULT_RECURRENT_SCALE = WeightInit.WHH_NORM;

    private static final Entry[] CELLS = {
        new Entry(VanillaCell.KIND, VanillaCell::random),
        new Entry(GruCell.KIND, GruCell::random),
        new Entry(LstmCell.KIND, LstmCell::random),
        new Entry(SelectiveLinearCell.KIND, SelectiveLinearCell::random),
        new Entry(MinGruCell.KIND, MinGruCell::random),
    };

    private Cells() {
    }

    /** The keys in the order a menu lists them, the plain RNN first. */
    public static String[] keys() {
        String[] keys = new String[CELLS.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = CELLS[k].kind.key;
        }
        return keys;
    }

    /** The key of the cell a page starts with: the first, the plain RNN. */
    public static String first() {
        return CELLS[0].kind.key;
    }

    public static boolean has(String key) {
        return find(key) != null;
    }

    /** What cell {@code key} declares of itself. */
    public static CellKind kind(String key) {
        return entry(key).kind;
    }

    /** "Plain RNN", "GRU", … */
    public static String displayName(String key) {
        return kind(key).name;
    }

    /** Refuses a hidden size below 1, a recurrent scale that is not a positive number, then an unknown key. */
    public static RecurrentCell create(String key, Prng prng, int hiddenSize, double recurrentScale) {
        WeightInit.checkHiddenSize(hiddenSize);
        WeightInit.checkNorm(recurrentScale);
        return entry(key).factory.create(prng, hiddenSize, recurrentScale);
    }

    private static Entry entry(String key) {
        Entry entry = find(key);
        if (entry == null) {
            throw new IllegalArgumentException("no cell is called '" + key + "'");
        }
        return entry;
    }

    private static Entry find(String key) {
        for (Entry entry : CELLS) {
            if (entry.kind.key.equals(key)) {
                return entry;
            }
        }
        return null;
    }

    private static final class Entry {
        final CellKind kind;
        final Factory factory;

        Entry(CellKind kind, Factory factory) {
            this.kind = kind;
            this.factory = factory;
        }
    }
}
