package rnnplayground.app.figures;

import rnnplayground.app.Choice;

/** What a click (or Enter) on a part of a figure does: nothing, select a step, or open a value's arithmetic. */
public final class Action {
    public enum Kind {
        NONE, SELECT_STEP, OPEN
    }

    public static final Action NONE = new Action(Kind.NONE, -1, Choice.NONE);

    public final Kind kind;
    public final int step;
    public final Choice choice;

    private Action(Kind kind, int step, Choice choice) {
        this.kind = kind;
        this.step = step;
        this.choice = choice;
    }

    public static Action selectStep(int step) {
        return new Action(Kind.SELECT_STEP, step, Choice.NONE);
    }

    public static Action open(Choice choice) {
        return new Action(Kind.OPEN, choice.step, choice);
    }
}
