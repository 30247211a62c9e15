package rnnplayground.web.dom;

import java.util.function.BooleanSupplier;
import org.teavm.jso.browser.Window;

/** Work done in the page itself, a slice each animation frame; the rest of the frame is the page's. */
public final class FrameSlices {
    private BooleanSupplier slice;
    private Runnable afterSlice;
    private int frame = -1;

    /** Runs {@code slice} (it returns whether the work is done) a frame at a time, {@code afterSlice} after each. */
    public void run(BooleanSupplier next, Runnable after) {
        stop();
        slice = next;
        afterSlice = after;
        frame = Window.requestAnimationFrame(time -> slice());
    }

    /** No more slices, no more calls. */
    public void stop() {
        if (frame >= 0) {
            Window.cancelAnimationFrame(frame);
            frame = -1;
        }
        slice = null;
        afterSlice = null;
    }

    private void slice() {
        frame = -1;
        Runnable after = afterSlice;
        if (!slice.getAsBoolean()) {
            frame = Window.requestAnimationFrame(time -> slice());
        }
        after.run();
    }
}
