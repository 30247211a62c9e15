package rnnplayground.web.heatmap;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;

/**
 * The sequence under the heatmap, one letter per column: the letter being read is highlighted, an
 * edit's changed columns are underlined for a moment, and letters can be coloured by one dimension.
 */
public final class SequenceStrip {
    /** Letters per chunk; widget.css assumes it too (--letters). */
    private static final int CHUNK = 32;

    private final HTMLDocument document;
    private final HTMLElement strip;
    private HTMLElement[] letters = new HTMLElement[0];
    /** What each letter shows now, so that a repaint touches only the letters that change. */
    private String[] looks = new String[0];
    private int lastCurrent = -1;
    private boolean lastPaintedEveryLetter;

    public SequenceStrip(HTMLDocument document, HTMLElement strip) {
        this.document = document;
        this.strip = strip;
    }

    /**
     * One letter per step, in chunks of {@link #CHUNK}: a chunk has a fixed size and contains its own
     * layout (widget.css), so that the letters a frame changes lay out their chunk again, not the
     * whole strip, however long the sequence.
     */
    public void layout(Trajectory trajectory) {
        Elements.empty(strip);
        letters = new HTMLElement[trajectory.steps()];
        looks = new String[letters.length];
        lastCurrent = -1;
        HTMLElement chunk = null;
        for (int t = 0; t < letters.length; t++) {
            if (t % CHUNK == 0) {
                chunk = document.createElement("div");
                chunk.setClassName("strip-chunk");
                if (letters.length - t < CHUNK) {
                    Page.setStyleProperty(chunk, "--letters", String.valueOf(letters.length - t));
                }
                strip.appendChild(chunk);
            }
            HTMLElement letter = document.createElement("span");
            letter.setTextContent(SymbolText.glyph(trajectory.symbol(t)));
            chunk.appendChild(letter);
            letters[t] = letter;
        }
    }

    /**
     * Sets each letter's look: current step, changed by the last edit (from {@code changedFrom} on), and
     * coloured by {@code dimension}'s value after reading it (for the first {@code shown} letters).
     */
    public void paint(Trajectory trajectory, int shown, int current, int changedFrom, int dimension) {
        boolean everyLetter = dimension >= 0 || changedFrom >= 0 || lastPaintedEveryLetter;
        lastPaintedEveryLetter = dimension >= 0 || changedFrom >= 0;
        if (everyLetter) {
            for (int t = 0; t < letters.length; t++) {
                paintLetter(trajectory, t, shown, current, changedFrom, dimension);
            }
        } else {
            // only the current step's mark moves: a long sequence costs two letters a frame
            paintLetter(trajectory, lastCurrent, shown, current, changedFrom, dimension);
            paintLetter(trajectory, current, shown, current, changedFrom, dimension);
        }
        lastCurrent = current;
    }

    private void paintLetter(Trajectory trajectory, int t, int shown, int current, int changedFrom, int dimension) {
        if (t < 0 || t >= letters.length) {
            return;
        }
        String classes = t == current ? "current" : "";
        if (changedFrom >= 0 && t >= changedFrom) {
            classes += " changed";
        }
        String colour = "";
        if (dimension >= 0 && t < shown) {
            float h = trajectory.h(t, dimension);
            classes += ColorScale.STATE.wantsLightText(h) ? " coloured dark" : " coloured";
            colour = ColorScale.STATE.css(h);
        }
        String look = classes + colour;
        if (!look.equals(looks[t])) {
            looks[t] = look;
            letters[t].setClassName(classes.trim());
            Page.setStyleProperty(letters[t], "background-color", colour);
        }
    }
}
