package rnnplayground.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import rnnplayground.core.Network;
import rnnplayground.core.Param;

/**
 * Which weights one value of the page was computed from, to be marked on the weights' own heatmaps,
 * and a sentence that says so. A state h[i, t] reads, in every matrix of its cell, row i; of an input
 * matrix only column x_t (the one-hot x_t picks it), so its entry (i, x_t); of a bias entry i. A
 * prediction p[k, t] reads row k of W_hy and entry k of b_y for its logit (the softmax then divides by
 * every symbol's).
 */
public final class WeightsUse {
    /** What is marked on a parameter's heatmap. */
    public enum Kind {
        /** A whole row. */
        ROW,
        /** A whole column: the one a one-hot input picks. */
        COLUMN,
        /** One entry. */
        ENTRY
    }

    /** One mark: on the parameter at {@code param} in the network's list, at (row, column). */
    public static final class Mark {
        public final int param;
        public final Kind kind;
        public final int row;
        public final int column;

        Mark(int param, Kind kind, int row, int column) {
            this.param = param;
            this.kind = kind;
            this.row = row;
            this.column = column;
        }
    }

    public static final WeightsUse NONE = new WeightsUse(new ArrayList<>(),
            "Open a cell’s arithmetic (click it, or tap it twice) to see here which weights it used.");

    public final List<Mark> marks;
    public final String sentence;

    private WeightsUse(List<Mark> marks, String sentence) {
        this.marks = Collections.unmodifiableList(marks);
        this.sentence = sentence;
    }

    /** What h[i, t] read, {@code symbol} being x_t. */
    public static WeightsUse ofState(Network network, int i, int t, int symbol) {
        List<Mark> marks = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Param[] params = network.params();
        int cellParams = network.cell.params().length;
        for (int p = 0; p < cellParams; p++) {
            Param param = params[p];
            if (param.cols == 1) {
                marks.add(new Mark(p, Kind.ENTRY, i, 0));
                parts.add("entry " + i + " of " + param.name);
            } else if (isInput(param)) {
                marks.add(new Mark(p, Kind.COLUMN, 0, symbol));
                marks.add(new Mark(p, Kind.ENTRY, i, symbol));
                parts.add("column " + symbol + " of " + param.name + " (x_" + t + " is " + SymbolText.quoted(symbol)
                        + ", index " + symbol + "), its entry in row " + i + " ringed");
            } else {
                marks.add(new Mark(p, Kind.ROW, i, 0));
                parts.add("row " + i + " of " + param.name + (t == 0 ? ", times the zeros before step 0"
                        : ", times h after step " + (t - 1)));
            }
        }
        StringBuilder sentence = new StringBuilder("h[" + i + ", " + t + "] read ");
        for (int k = 0; k < parts.size(); k++) {
            sentence.append(k == 0 ? "" : k == parts.size() - 1 ? "; and " : "; ").append(parts.get(k));
        }
        return new WeightsUse(marks, sentence.append('.').toString());
    }

    /** What p[k, t] read for its logit. */
    public static WeightsUse ofPrediction(Network network, int k, int t) {
        List<Param> params = List.of(network.params());
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(params.indexOf(network.readout.why), Kind.ROW, k, 0));
        marks.add(new Mark(params.indexOf(network.readout.by), Kind.ENTRY, k, 0));
        return new WeightsUse(marks, "p[" + SymbolText.name(k) + ", " + t + "]: row " + k + " of "
                + network.readout.why.name + ", times h after step " + t + ", and entry " + k + " of "
                + network.readout.by.name + " give the logit of " + SymbolText.quoted(k)
                + "; the other rows give the logits its softmax divides by.");
    }

    /** Whether {@code param}, a matrix of a cell, multiplies the one-hot x_t: it has a column per symbol. */
    public static boolean isInput(Param param) {
        return param.reads == Param.Reads.INPUT;
    }
}
