package rnnplayground.app;

import rnnplayground.core.Task;
import rnnplayground.core.TaskScore;
import rnnplayground.core.TaskSequence;

/**
 * How well the widget's networks do on the task they train on: their accuracy on held-out sequences
 * (drawn from a seed of their own, never trained on as such), beside the chance level.
 */
public final class TaskAccuracy {
    /** Held-out sequences scored: few enough to score within a frame at the longest gap. */
    public static final int HELD_OUT = 32;
    /** Their seed: not the weights' seed, from which the training sequences are drawn. */
    static final int SEED = -1;

    private TaskAccuracy() {
    }

    /**
     * "Accuracy on 32 held-out sequences: 94% (chance 25%)", each cell's when two are compared;
     * "" for the free text, or a noisy text with nothing to predict.
     */
    public static String of(Lanes lanes, TaskChoice choice, String boxText) {
        if (choice.isFreeText() || choice.readsText() && boxText.length() < 2) {
            return "";
        }
        Task task = choice.task(boxText);
        TaskSequence[] heldOut = task.draw(SEED, HELD_OUT);
        StringBuilder out = new StringBuilder("Accuracy on " + HELD_OUT + " held-out sequences: ");
        for (int k = 0; k < lanes.count(); k++) {
            TaskScore score = TaskScore.of(lanes.model(k).network(), heldOut);
            out.append(k == 0 ? "" : ", ").append(lanes.count() == 1 ? ""
                    : lanes.model(k).network().cell.displayName() + " ").append(NumberText.percent(score.accuracy()));
        }
        return out.append(" (chance ").append(NumberText.percent(task.chance())).append(')').toString();
    }
}
