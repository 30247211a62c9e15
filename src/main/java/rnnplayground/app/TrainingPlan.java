package rnnplayground.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The training a link holds: the steps taken on the current sequence, after those taken on earlier
 * texts (an edit while training starts a new text). Written "300", or "abra:40,cab:12,300". Opening a
 * link runs the same steps in the same order, so the weights come out the same, bit for bit.
 */
public final class TrainingPlan {
    public static final TrainingPlan NONE = new TrainingPlan(Collections.emptyList(), 0);

    /** An earlier text and the steps taken on it. */
    public static final class Text {
        public final String sequence;
        public final int steps;

        Text(String sequence, int steps) {
            this.sequence = sequence;
            this.steps = steps;
        }
    }

    /** The earlier texts, oldest first. */
    public final List<Text> earlier;
    /** Steps taken on the current sequence. */
    public final int current;

    private TrainingPlan(List<Text> earlier, int current) {
        this.earlier = Collections.unmodifiableList(earlier);
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
     * This plan once the current sequence, {@code previous}, has been edited: its steps become an
     * earlier text, unless it had none. Null when the plan holds {@link TrainingSettings#MAX_TEXTS}
     * earlier texts already.
     */
    public TrainingPlan edited(String previous) {
        if (current == 0) {
            return this;
        }
        if (earlier.size() >= TrainingSettings.MAX_TEXTS) {
            return null;
        }
        List<Text> next = new ArrayList<>(earlier);
        next.add(new Text(previous, current));
        return new TrainingPlan(next, 0);
    }

    /** "300", or "abra:40,cab:12,300": the link's text (the sequences not yet escaped). */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Text text : earlier) {
            out.append(text.sequence).append(':').append(text.steps).append(',');
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
            int colon = part.lastIndexOf(':');
            long steps = StateField.parseDecimal(colon < 0 ? part : part.substring(colon + 1));
            if (steps < 0 || steps > TrainingSettings.MAX_STEPS - total) {
                return null;
            }
            total += (int) steps;
            if (comma < 0) {
                if (colon >= 0) {
                    return null;
                }
                return new TrainingPlan(earlier, (int) steps);
            }
            String sequence = colon < 0 ? "" : part.substring(0, colon);
            if (colon < 0 || steps == 0 || sequence.length() < 2 || !SequenceRules.isValid(sequence)
                    || earlier.size() >= TrainingSettings.MAX_TEXTS) {
                return null;
            }
            earlier.add(new Text(sequence, (int) steps));
            start = comma + 1;
        }
    }

    /** The rule a link's plan follows, for the notice. */
    static final String RULE = "a number of training steps up to " + TrainingSettings.MAX_STEPS
            + ", after at most " + TrainingSettings.MAX_TEXTS + " earlier texts written text:steps";
}
