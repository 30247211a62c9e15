package rnnplayground.web.dom;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A costly view's redraw while training, kept off the task that reads a training state in: it waits
 * for an animation frame of its own (views that asked take the frames in turn, so no two costly views
 * redraw in one task) and draws in a task right after it, so that the browser's own work on the frame
 * (style, layout, paint) does not add to the drawing's; while its element is out of sight (scrolled
 * away, in a folded group) it waits until it comes into sight. {@link #now} draws at once: what is not
 * a training frame (an edit, training settled) is shown exactly, in the task that changed it.
 */
public final class Redraw {
    private static final List<Redraw> WAITING = new ArrayList<>();
    private static final YieldChannel AFTER_FRAME = new YieldChannel();
    private static int frame = -1;

    static {
        AFTER_FRAME.getPort1().setOnMessage(event -> next());
    }

    private final Runnable draw;
    private boolean inSight;
    private boolean stale;

    /** The redraw {@code draw} of the view shown in {@code element}. */
    public Redraw(HTMLElement element, Runnable draw) {
        this.draw = draw;
        // an observer of its own, so that what it reports is of this element alone
        new Sight(entries -> seen(entries.get(entries.getLength() - 1).intersecting())).observe(element);
    }

    /** Draws in a frame of its own once in sight; until then the view keeps what it shows. */
    public void later() {
        stale = true;
        if (inSight) {
            queue();
        }
    }

    /** Draws now, and drops a redraw that was waiting. */
    public void now() {
        stale = false;
        WAITING.remove(this);
        draw.run();
    }

    /** Whether a redraw waits (for its frame, or to come into sight). */
    public boolean waiting() {
        return stale;
    }

    private void seen(boolean intersecting) {
        inSight = intersecting;
        if (inSight && stale) {
            queue();
        }
    }

    private void queue() {
        if (!WAITING.contains(this)) {
            WAITING.add(this);
        }
        if (frame < 0) {
            awaitFrame();
        }
    }

    private static void awaitFrame() {
        frame = Window.requestAnimationFrame(time -> AFTER_FRAME.getPort2().postMessage(null));
    }

    /** The first view waiting draws, after this frame alone; the others wait for the next ones. */
    private static void next() {
        frame = -1;
        while (!WAITING.isEmpty()) {
            Redraw redraw = WAITING.remove(0);
            if (redraw.stale && redraw.inSight) {
                redraw.now();
                break;
            }
        }
        if (!WAITING.isEmpty()) {
            awaitFrame();
        }
    }
}
