package rnnplayground.app.figures;

import java.util.Objects;
import rnnplayground.app.Choice;

/**
 * What a click (or Enter) on a part of a figure does: nothing, select a step, open a value's
 * arithmetic, or show the details of the figure's item {@code index} (a fixed point of a plot, say).
 */
public final class Action {
    public enum Kind {
        NONE, SELECT_STEP, OPEN, DETAIL
    }

    public static final Action NONE = new Action(Kind.NONE, -1, Choice.NONE, -1);

    public final Kind kind;
    public final int step;
    public final Choice choice;
    /** The item whose details a DETAIL action shows; -1 otherwise. */
    public final int index;

    private Action(Kind kind, int step, Choice choice, int index) {
        this.kind = kind;
        this.step = step;
        this.choice = choice;
        this.index = index;
    }

    public static Action selectStep(int step) {
        return new Action(Kind.SELECT_STEP, step, Choice.NONE, -1);
    }

    public static Action open(Choice choice) {
        return new Action(Kind.OPEN, choice.step, choice, -1);
    }

    public static Action detail(int index) {
        return new Action(Kind.DETAIL, -1, Choice.NONE, index);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Action)) {
            return false;
        }
        Action o = (Action) other;
        return Objects.equals(kind, o.kind) && step == o.step && Objects.equals(choice, o.choice) && index == o.index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, step, choice);
    }
}
