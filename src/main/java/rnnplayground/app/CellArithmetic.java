package rnnplayground.app;

import java.util.List;
import rnnplayground.core.Term;
import rnnplayground.core.Trajectory;

/**
 * The arithmetic of one value of the heatmap, h[i, t]: its heading, the terms the cell computed it
 * from (the same expressions the model ran, so that they add up to exactly what is stored), and a
 * remark on where the previous state came from.
 */
public final class CellArithmetic {
    public final String title;
    public final List<Term> terms;
    public final String note;

    public CellArithmetic(Trajectory trajectory, int dimension, int step) {
        this.title = "h[" + dimension + ", " + step + "]: dimension " + dimension + " after reading "
                + SymbolText.quoted(trajectory.symbol(step)) + " at step " + step;
        this.terms = trajectory.terms(step, dimension);
        this.note = step == 0 ? "Before the first step the state is all zeros."
                : "The state it read is the one of step " + (step - 1) + ", the dashed column.";
    }
}
