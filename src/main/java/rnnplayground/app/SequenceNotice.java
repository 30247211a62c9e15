package rnnplayground.app;

/**
 * What the message under the sequence box says over a run of edits. Refused characters stay named
 * while they are news: a refusal within {@link #HOLD_MS} of the one before adds its characters to
 * the message (typing "hello" quickly names h, e, l and o), a later one starts a new message. The
 * message stays at least {@link #HOLD_MS}; after that it goes with the next edit that goes in, or at
 * once when the hold ends if edits went in meanwhile. Time comes in from outside, in milliseconds.
 */
public final class SequenceNotice {
    /** Long enough to read the message, short enough that it does not outstay its news. */
    public static final int HOLD_MS = 4000;

    private final RefusedCharacters refused = new RefusedCharacters();
    private boolean truncated;
    private String text = "";
    /** When the last refusal came; -∞ when the message is about none (the link's notice). */
    private double refusedAt = Double.NEGATIVE_INFINITY;
    private boolean editedSince;

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
        editedSince = false;
        text = SequenceRules.refusalMessage(refused, truncated);
        return text;
    }

    /** An edit went in at {@code now}: the message to show. */
    public String edited(double now) {
        if (now - refusedAt >= HOLD_MS) {
            forget();
        } else {
            editedSince = true;
        }
        return text;
    }

    /** Called when {@link #HOLD_MS} have passed since the last refusal: the message to show. */
    public String holdEnded() {
        if (editedSince) {
            forget();
        }
        return text;
    }

    private void forget() {
        refused.clear();
        truncated = false;
        text = "";
        refusedAt = Double.NEGATIVE_INFINITY;
        editedSince = false;
    }
}
