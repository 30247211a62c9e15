package rnnplayground.app;

import rnnplayground.core.Gate;
import rnnplayground.core.Influence;
import rnnplayground.core.RecurrentCell;
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
                return "step " + t + ": ‖∂v/∂h‖ = " + NumberText.scientific(influence.hiddenNorm(t))
                        + share(influence.hiddenNorm(t), widget.measures().largestInfluence(lane, false));
            case INPUT:
                return "step " + t + ", reads " + SymbolText.quoted(trajectory.symbol(t)) + ": ‖∂v/∂x‖ = "
                        + NumberText.scientific(influence.inputNorm(t))
                        + share(influence.inputNorm(t), widget.measures().largestInfluence(lane, true));
            case PINNED:
                double[] pinned = widget.measures().pinned();
                return t < pinned.length ? "step " + t + ", pinned: ‖∂v/∂h‖ = " + NumberText.scientific(pinned[t])
                        + share(pinned[t], largest(pinned)) : "step " + t + ": the pinned row ends before it";
            case DIMENSIONS:
                return "step " + t + ", dimension " + i + ": |∂v/∂h| = " + NumberText.scientific(influence.dimension(t, i));
            default:
                Gate gate = model.network().cell.gates()[index];
                return gate.called() + " " + gate.symbol + ", dimension " + i + reads + ", value "
                        + NumberText.fixed(trajectory.gate(t, index, i), 3);
        }
    }

    /** "h[3, 5] stays chosen: …", for the line under the heatmap while its arithmetic is closed. */
    public static String chosen(WidgetState widget, Choice choice) {
        return named(widget, choice) + " stays chosen: the marks and the ∂ rows are of it.";
    }

    /** "h[3, 5]", "c[3, 5]", "f[3, 5]", "p[a, 5]": a chosen value by its symbol, row and step. */
    public static String named(WidgetState widget, Choice choice) {
        RecurrentCell cell = widget.model(choice.lane).network().cell;
        switch (choice.grid) {
            case PREDICTIONS:
                return "p[" + SymbolText.name(choice.row) + ", " + choice.step + "]";
            case STATE:
                return cell.kind().furtherState[choice.index].symbol + "[" + choice.row + ", " + choice.step + "]";
            case GATE:
                return cell.gates()[choice.index].symbol + "[" + choice.row + ", " + choice.step + "]";
            default:
                return "h[" + choice.row + ", " + choice.step + "]";
        }
    }

    /** ", 2.0 × 10⁻³ of the row's largest": where a value sits on its row's colour scale. */
    static String share(double value, double largest) {
        return largest > 0 ? ", " + NumberText.scientific(value / largest) + " of the row's largest" : "";
    }

    static double largest(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, value);
        }
        return largest;
    }
}
