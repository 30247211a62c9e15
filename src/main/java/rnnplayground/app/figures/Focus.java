package rnnplayground.app.figures;

import rnnplayground.app.Choice;
import rnnplayground.app.WidgetState;

/** Which step and which dimension of the first lane the figures show, from the widget's state. */
public final class Focus {
    private Focus() {
    }

    /** The step being read (replay, Step, a selected step); else the chosen value's; else -1. */
    public static int step(WidgetState widget) {
        int current = widget.playback().currentStep();
        if (current >= 0) {
            return current;
        }
        Choice choice = widget.choice();
        return choice.isMade() && choice.step < widget.steps() ? choice.step : -1;
    }

    /** {@link #step}, or else the last step, for a figure that always shows values; -1 with no steps. */
    public static int stepOrLast(WidgetState widget) {
        int step = step(widget);
        return step >= 0 ? step : widget.steps() - 1;
    }

    /** The chosen value's dimension (of a state or a gate); else the one colouring the letters; else 0. */
    public static int dimension(WidgetState widget) {
        Choice choice = widget.choice();
        if (choice.ofState() && choice.row < widget.page().hiddenSize) {
            return choice.row;
        }
        return widget.page().colour >= 0 ? widget.page().colour : 0;
    }
}
