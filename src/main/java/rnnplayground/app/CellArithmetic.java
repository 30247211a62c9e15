package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import rnnplayground.core.CellKind;
import rnnplayground.core.Influence;
import rnnplayground.core.StatePart;
import rnnplayground.core.Term;
import rnnplayground.core.Trajectory;

/**
 * The arithmetic of one value of a state, h[i, t] (or the LSTM's c[i, t]): its heading, the terms the
 * cell computed it from (the same expressions the model ran, so that they add up to exactly what is
 * stored), how strongly it depends on the state one step back (the chain rule), and a remark on where
 * the previous state came from.
 */
public final class CellArithmetic {
    public final String title;
    public final List<Term> terms;
    public final String note;
    /** Every symbol the lines use, defined for this value, in the terms' markup: "Where: t = 5 is the step, …". */
    public final String symbols;

    /** The arithmetic of h[dimension, step]; {@code influence} holds that value's influence, computed already. */
    public CellArithmetic(Trajectory trajectory, int dimension, int step, Influence influence) {
        this.title = "h[" + dimension + ", " + step + "]: dimension " + dimension + " after reading "
                + SymbolText.quoted(trajectory.symbol(step)) + " at step " + step;
        this.terms = new ArrayList<>(trajectory.terms(step, dimension));
        if (step > 0) {
            terms.add(new Term("one step back", "‖∂h_{t}[i] / ∂s_{t−1}‖",
                    "how much the state one step back moves this value (the chain rule, one link)",
                    influence.stateNorm(step - 1), Term.Kind.STATE));
        }
        this.note = step == 0 ? "Before the first step the state is all zeros."
                : "The state it read is the one of step " + (step - 1) + ", the dashed column.";
        this.symbols = symbols(trajectory.cell().kind(), trajectory.symbol(step), dimension, step);
    }

    /** The symbols of a state's arithmetic, defined for h[dimension, step]. */
    static String symbols(CellKind kind, int read, int dimension, int step) {
        StringBuilder whole = new StringBuilder("h");
        for (StatePart part : kind.furtherState) {
            whole.append(" and ").append(part.symbol);
        }
        String before = step == 0 ? "before step 0 (zeros)" : "after step " + (step - 1);
        return "Where: t = " + step + " is the step and i = " + dimension + " the dimension (the heatmap's row); x_{t} is "
                + "the symbol read, " + SymbolText.quoted(read) + ", as a one-hot vector; h_{t−1} is the hidden state "
                + before + "; s_{t−1} is the cell's whole state " + before + " (" + whole + "), what a step reads; "
                + "W, U and b are the cell's weights and biases; σ and tanh squash a sum into (0, 1) and (−1, 1); "
                + "⊙ multiplies entry by entry; ‖·‖ is the length of a vector.";
    }
}
