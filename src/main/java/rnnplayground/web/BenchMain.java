package rnnplayground.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.Playback;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;
import rnnplayground.core.VanillaCell;
import rnnplayground.core.WeightInit;
import rnnplayground.core.Weights;

/**
 * The entry point of the benchmark page's builds (bench.js and bench.wasm): exports the core's
 * forward pass, and a replay of a long sequence through the playground's own heatmap, letters and
 * playback, to web/bench.html. Not part of the playground.
 */
public final class BenchMain {
    private static Weights weights;
    private static Trajectory trajectory;
    private static int[] symbols;
    private static int[] altered;
    private static boolean alteredNext;

    private static HeatmapView heatmap;
    private static SequenceStrip strip;
    private static Trajectory replayed;
    private static Playback playback;
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
        symbols = Alphabet.encode(sequence);
        altered = symbols.clone();
        altered[0] = (altered[0] + 1) % Alphabet.SIZE;
        alteredNext = true;
    }

    /**
     * Reads the sequence {@code passes} times, every other time with its first symbol altered, so that
     * each read recomputes every step. Returns the steps computed.
     */
    @JSExport
    public static int forward(int passes) {
        for (int p = 0; p < passes; p++) {
            trajectory.update(alteredNext ? altered : symbols);
            alteredNext = !alteredNext;
        }
        return passes * symbols.length;
    }

    /** Makes the trajectory that of the sequence itself again, for {@link #stateAt}. */
    @JSExport
    public static void settle() {
        alteredNext = true;
        trajectory.update(symbols);
    }

    @JSExport
    public static int symbolAt(int t) {
        return symbols[t];
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
     * What the playground does when the sequence changes: computes the trajectory, lays out the heatmap
     * and the letters, every column shown. Returns the milliseconds the trajectory took.
     */
    @JSExport
    public static double replayLoad(int seed, int hiddenSize, String sequence) {
        if (heatmap == null) {
            heatmap = new HeatmapView(HTMLDocument.current());
            strip = new SequenceStrip(HTMLDocument.current());
        }
        replayed = new Trajectory(new VanillaCell(WeightInit.random(seed, hiddenSize)));
        int[] symbols = Alphabet.encode(sequence);
        double start = Performance.now();
        replayed.update(symbols);
        double trajectoryMs = Performance.now() - start;
        heatmap.layout(replayed, replayed.steps());
        strip.layout(replayed);
        playback = new Playback();
        playback.showAll(replayed.steps());
        shown = replayed.steps();
        return trajectoryMs;
    }

    /** What the playground does when Replay is pressed: the heatmap blank, the replay from its start. */
    @JSExport
    public static void replayStart(double stepsPerSecond) {
        playback.setSpeed(stepsPerSecond);
        playback.replay(0);
        heatmap.clearColumns(0, shown);
        shown = 0;
    }

    /** One animation frame of the replay, {@code elapsedMs} after its start; returns the columns shown. */
    @JSExport
    public static int replayFrame(double elapsedMs) {
        playback.tick(elapsedMs);
        int next = playback.position();
        if (next > shown) {
            heatmap.drawColumns(replayed, shown, next);
            shown = next;
            int current = playback.currentStep();
            heatmap.mark(current, -1, -1, -1, -1);
            strip.paint(replayed, shown, current, -1, -1);
            heatmap.reveal(current);
        }
        return shown;
    }
}
