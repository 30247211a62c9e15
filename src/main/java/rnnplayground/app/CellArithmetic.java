package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import rnnplayground.core.Influence;
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
    }
}
