package rnnplayground.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The training a link holds: the steps taken on the current sequence with the current settings,
 * after those taken on earlier texts or with other settings (an edit, a new learning rate or clipping,
 * while training starts a new part). Written "300", or "abra:40:0.01:5,cab:12:0.1:off,300" (text,
 * steps, learning rate, clipping). Opening a link runs the same steps in the same order, so the
 * weights come out the same, bit for bit.
 */
public final class TrainingPlan {
    public static final TrainingPlan NONE = new TrainingPlan(Collections.emptyList(), 0);

    /** An earlier part: a text, the steps taken on it, and with which settings. */
    public static final class Text {
        public final String sequence;
        public final int steps;
        public final StepSettings settings;

        Text(String sequence, int steps, StepSettings settings) {
            this.sequence = sequence;
            this.steps = steps;
            this.settings = settings;
        }
    }

    /** The earlier texts, oldest first. */
    public final List<Text> earlier;
    /** Steps taken on the current sequence. */
    public final int current;

    /**
     * {@code earlier} as it is: unmodifiable already, and shared by the plans of later steps. (Wrapping it
     * again in each added a wrapper a step in TeaVM's class library, which does not look for one: a few
     * thousand steps on, its size() overflowed the stack of a WebAssembly worker.)
     */
    private TrainingPlan(List<Text> earlier, int current) {
        this.earlier = earlier;
        this.current = current;
    }

    /** Every step taken. */
    public int steps() {
        int steps = current;
        for (Text text : earlier) {
            steps += text.steps;
        }
        return steps;
    }

    /** This plan with {@code more} steps taken on the current sequence. */
    public TrainingPlan plus(int more) {
        return new TrainingPlan(earlier, current + more);
    }

    /**
     * This plan once the current part ends: the steps taken on {@code sequence} with {@code settings}
     * become an earlier part, unless there were none. Null when the plan holds
     * {@link TrainingSettings#MAX_TEXTS} earlier parts already.
     */
    public TrainingPlan edited(String sequence, StepSettings settings) {
        if (current == 0) {
            return this;
        }
        if (earlier.size() >= TrainingSettings.MAX_TEXTS) {
            return null;
        }
        List<Text> next = new ArrayList<>(earlier);
        next.add(new Text(sequence, current, settings));
        return new TrainingPlan(Collections.unmodifiableList(next), 0);
    }

    /** "300", or "abra:40:0.01:5,cab:12:0.1:off,300": the link's text (the sequences not yet escaped). */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Text text : earlier) {
            out.append(text.sequence).append(':').append(text.steps).append(':').append(text.settings.text()).append(',');
        }
        return out.append(current).toString();
    }

    /** The plan {@code text} writes, or null when it breaks a rule (see {@link #RULE}). */
    public static TrainingPlan parse(String text) {
        List<Text> earlier = new ArrayList<>();
        int start = 0;
        int total = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            String part = comma < 0 ? text.substring(start) : text.substring(start, comma);
            if (comma < 0) {
                double steps = StateField.parseDecimal(part);
                return steps < 0 || steps > TrainingSettings.MAX_STEPS - total ? null
                        : new TrainingPlan(Collections.unmodifiableList(earlier), (int) steps);
            }
            int clipColon = part.lastIndexOf(':');
            int rateColon = clipColon <= 0 ? -1 : part.lastIndexOf(':', clipColon - 1);
            int stepsColon = rateColon <= 0 ? -1 : part.lastIndexOf(':', rateColon - 1);
            if (stepsColon < 0) {
                return null;
            }
            String sequence = part.substring(0, stepsColon);
            double steps = StateField.parseDecimal(part.substring(stepsColon + 1, rateColon));
            StepSettings settings = StepSettings.parse(part.substring(rateColon + 1, clipColon),
                    part.substring(clipColon + 1));
            if (steps <= 0 || steps > TrainingSettings.MAX_STEPS - total || settings == null || sequence.length() < 2
                    || !SequenceRules.isValid(sequence) || earlier.size() >= TrainingSettings.MAX_TEXTS) {
                return null;
            }
            total += (int) steps;
            earlier.add(new Text(sequence, (int) steps, settings));
            start = comma + 1;
        }
    }

    /** The rule a link's plan follows, for the notice. */
    static final String RULE = "a number of training steps up to " + TrainingSettings.MAX_STEPS
            + ", after at most " + TrainingSettings.MAX_TEXTS + " earlier parts written text:steps:learning rate:clipping";
}
