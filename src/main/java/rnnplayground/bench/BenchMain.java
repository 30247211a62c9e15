package rnnplayground.bench;

import org.teavm.jso.JSExport;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.Replay;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;
import rnnplayground.core.VanillaCell;
import rnnplayground.core.WeightInit;
import rnnplayground.core.Weights;

/**
 * The entry point of the benchmark page's builds (bench.js and bench.wasm): exports the core's
 * forward pass and a replay of a long sequence to web/bench.html. Not part of the playground.
 */
public final class BenchMain {
    private static Weights weights;
    private static Trajectory trajectory;
    private static int[] even;
    private static int[] odd;
    private static boolean flipped;

    private static ReplayView view;
    private static Trajectory replayed;
    private static Replay replay;
    private static int shown;

    private BenchMain() {
    }

    public static void main(String[] args) {
    }

    /** Weights for {@code seed} and {@code hiddenSize}, and an empty trajectory for {@code sequence}. */
    @JSExport
    public static void forwardSetup(int seed, int hiddenSize, String sequence) {
        weights = WeightInit.random(seed, hiddenSize);
        trajectory = new Trajectory(new VanillaCell(weights));
        even = Alphabet.encode(sequence);
        odd = even.clone();
        odd[0] = (odd[0] + 1) % Alphabet.SIZE;
        flipped = false;
    }

    /**
     * Reads the sequence {@code passes} times. Every read alternates the first symbol, so that each one
     * recomputes every step. Returns the steps computed.
     */
    @JSExport
    public static int forward(int passes) {
        for (int p = 0; p < passes; p++) {
            flipped = !flipped;
            trajectory.update(flipped ? odd : even);
        }
        return passes * even.length;
    }

    /** Makes the trajectory that of the sequence itself again, for {@link #stateAt}. */
    @JSExport
    public static void settle() {
        flipped = false;
        trajectory.update(even);
    }

    @JSExport
    public static int symbolAt(int t) {
        return even[t];
    }

    @JSExport
    public static double wxhAt(int k) {
        return weights.wxh[k];
    }

    @JSExport
    public static double whhAt(int k) {
        return weights.whh[k];
    }

    @JSExport
    public static double bAt(int k) {
        return weights.b[k];
    }

    /** h_t[i] of the sequence, after {@link #settle}. */
    @JSExport
    public static double stateAt(int t, int i) {
        return trajectory.h(t, i);
    }

    /**
     * What the playground does when a replay starts after the sequence changed: computes the
     * trajectory, sizes the heatmap and the strip, blank. Returns the milliseconds the trajectory took.
     */
    @JSExport
    public static double replayStart(int seed, int hiddenSize, String sequence, double stepsPerSecond) {
        if (view == null) {
            view = new ReplayView(HTMLDocument.current());
        }
        replayed = new Trajectory(new VanillaCell(WeightInit.random(seed, hiddenSize)));
        int[] symbols = Alphabet.encode(sequence);
        double start = Performance.now();
        replayed.update(symbols);
        double trajectoryMs = Performance.now() - start;
        replay = new Replay(stepsPerSecond);
        shown = 0;
        view.layout(replayed);
        return trajectoryMs;
    }

    /** One animation frame of the replay, {@code elapsedMs} after its start; returns the columns shown. */
    @JSExport
    public static int replayFrame(double elapsedMs) {
        int next = replay.shownAt(elapsedMs, replayed.steps());
        if (next > shown) {
            view.drawColumns(replayed, shown, next);
            shown = next;
            view.mark(replayed, next - 1);
        }
        return shown;
    }
}
