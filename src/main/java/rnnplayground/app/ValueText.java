package rnnplayground.app;

import rnnplayground.core.Gate;
import rnnplayground.core.Influence;
import rnnplayground.core.Trajectory;

/** What a value of one of the widget's grids is, in a line, for its tooltip and the status line. */
public final class ValueText {
    private ValueText() {
    }

    /** "dimension 3, step 5, reads “a”, value 0.123" for row i, step t of a lane's grid. */
    public static String describe(WidgetState widget, int lane, Choice.Grid grid, int index, int i, int t) {
        Model model = widget.lanes().model(lane);
        Trajectory trajectory = model.trajectory();
        Influence influence = widget.measures().influence(lane);
        String reads = ", step " + t + ", reads " + SymbolText.quoted(trajectory.symbol(t));
        switch (grid) {
            case HIDDEN:
                return "dimension " + i + reads + ", value " + NumberText.fixed(trajectory.h(t, i), 3);
            case STATE:
                return model.network().cell.kind().furtherState[index].symbol + ", dimension " + i + reads + ", value "
                        + NumberText.fixed(trajectory.state(t, (index + 1) * trajectory.hiddenSize() + i), 3);
            case PREDICTIONS:
                String next = t + 1 < trajectory.steps() ? ", truly " + SymbolText.quoted(trajectory.symbol(t + 1)) : "";
                return "after step " + t + ", " + SymbolText.quoted(i) + " next: probability "
                        + NumberText.fixed(model.predictions().probability(t, i), 3) + next;
            case REACH:
                return "step " + t + ": h changed by " + NumberText.scientific(widget.measures().reachAt(lane, t));
            case INFLUENCE:
                return "step " + t + ": ‖∂v/∂h‖ = " + NumberText.scientific(influence.hiddenNorm(t));
            case INPUT:
                return "step " + t + ", reads " + SymbolText.quoted(trajectory.symbol(t)) + ": ‖∂v/∂x‖ = "
                        + NumberText.scientific(influence.inputNorm(t));
            case DIMENSIONS:
                return "step " + t + ", dimension " + i + ": |∂v/∂h| = " + NumberText.scientific(influence.dimension(t, i));
            default:
                Gate gate = model.network().cell.gates()[index];
                return gate.name + " gate " + gate.symbol + ", dimension " + i + reads + ", value "
                        + NumberText.fixed(trajectory.gate(t, index, i), 3);
        }
    }
}
