package rnnplayground.app;

/**
 * What the message under the sequence box says over a run of edits. Refused characters stay named
 * while they are news: a refusal within {@link #HOLD_MS} of the one before, with nothing let in
 * between, adds its characters to the message (typing "hello" quickly names h, e, l and o); a later
 * one starts a new message. The next edit that goes in ends the message: the box holds what the
 * message refused no longer. Time comes in from outside, in milliseconds.
 */
public final class SequenceNotice {
    /** How close refusals must follow each other to be named in one message. */
    public static final int HOLD_MS = 4000;

    private final RefusedCharacters refused = new RefusedCharacters();
    private boolean truncated;
    private String text = "";
    /** When the last refusal came; -∞ when the message is about none (the link's notice, or nothing). */
    private double refusedAt = Double.NEGATIVE_INFINITY;

    /** The message now. */
    public String text() {
        return text;
    }

    /** A message about something else (a link that could not be used in full): the next edit ends it. */
    public String note(String message) {
        forget();
        text = message;
        return text;
    }

    /** {@code characters} were refused at {@code now}, or the length limit cut an edit: the message to show. */
    public String refuse(RefusedCharacters characters, boolean cut, double now) {
        if (now - refusedAt >= HOLD_MS) {
            forget();
        }
        refused.addAll(characters);
        truncated |= cut;
        refusedAt = now;
        text = SequenceRules.refusalMessage(refused, truncated);
        return text;
    }

    /** An edit went in: the message to show, none. */
    public String edited() {
        forget();
        return text;
    }

    private void forget() {
        refused.clear();
        truncated = false;
        text = "";
        refusedAt = Double.NEGATIVE_INFINITY;
    }
}
