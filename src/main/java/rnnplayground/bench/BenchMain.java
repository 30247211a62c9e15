package rnnplayground.bench;

import java.util.List;
import org.teavm.jso.JSExport;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLDocument;
import rnnplayground.app.ExperimentResult;
import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.Playback;
import rnnplayground.app.RecallExperiment;
import rnnplayground.app.TaskChoice;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.FixedPointSearch;
import rnnplayground.core.Influence;
import rnnplayground.core.Network;
import rnnplayground.core.PrincipalComponents;
import rnnplayground.core.Sampler;
import rnnplayground.core.TaskSequence;
import rnnplayground.core.Trainer;
import rnnplayground.core.Trajectory;
import rnnplayground.web.heatmap.HeatmapView;
import rnnplayground.web.heatmap.SequenceStrip;

/**
 * The entry point of the benchmark page's builds (bench.js and bench.wasm): exports the core's
 * forward pass and training, and a replay of a long sequence through the playground's own heatmap,
 * letters and playback, to web/bench.html; the browser tests compare its training with the JVM's bit
 * for bit. Not part of the playground.
 */
public final class BenchMain {
    private static Network network;
    private static Trajectory trajectory;
    private static int[] symbols;
    private static int[] altered;
    private static boolean alteredNext;

    private static HeatmapView heatmap;
    private static SequenceStrip strip;
    private static Trajectory replayed;
    private static Playback playback;
    private static int shown;

    private static Trainer trainer;
    private static int[] text;
    private static double[] losses;
    private static Influence influence;
    private static ExperimentResult recall;
    private static FigureBench figures;

    private static Trajectory states;
    private static final PrincipalComponents pca = new PrincipalComponents();
    private static double[] stateSpaceValues = new double[0];

    private BenchMain() {
    }

    public static void main(String[] args) {
    }

    /**
     * A network of {@code cell} ("rnn", "gru", …) for {@code seed} and {@code hiddenSize}, and an empty
     * trajectory for {@code sequence}.
     */
    @JSExport
    public static void forwardSetup(int seed, int hiddenSize, String cell, String sequence) {
        network = Network.random(cell, seed, hiddenSize, Cells.DEFAULT_RECURRENT_SCALE);
        trajectory = new Trajectory(network.cell);
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

    /** Value k of the network's param number p (see {@link Network#params()}: the plain RNN's W_xh, W_hh, b, …). */
    @JSExport
    public static double paramAt(int p, int k) {
        return network.params()[p].w[k];
    }

    /** The network's params, the cell's in its order, then W_hy and b_y. */
    @JSExport
    public static int paramCount() {
        return network.params().length;
    }

    /** The values of param number p. */
    @JSExport
    public static int paramSize(int p) {
        return network.params()[p].size();
    }

    /**
     * A network of {@code cell} for {@code seed} and {@code hiddenSize} and its trainer at the default
     * settings, for the windowed protocol over {@code sequence} (see {@link #train}).
     */
    @JSExport
    public static void trainSetup(int seed, int hiddenSize, String cell, String sequence) {
        network = Network.random(cell, seed, hiddenSize, Cells.DEFAULT_RECURRENT_SCALE);
        trainer = new Trainer(network);
        text = Alphabet.encode(sequence);
    }

    /** {@code windows} optimizer steps of the windowed protocol (min-char-rnn's); returns the symbols read. */
    @JSExport
    public static int train(int windows) {
        return trainer.trainWindows(text, windows);
    }

    /**
     * {@code steps} full-sequence training steps on {@code sequence} from the network of {@code cell}
     * for {@code seed} and {@code hiddenSize}; returns the steps taken (fewer after a fault).
     */
    @JSExport
    public static int fullTrain(int seed, int hiddenSize, String cell, String sequence, double learningRate,
            int steps) {
        trainSetup(seed, hiddenSize, cell, sequence);
        trainer.setLearningRate(learningRate);
        losses = new double[steps];
        for (int s = 0; s < steps && trainer.fault() == null; s++) {
            losses[s] = trainer.step(text).loss;
        }
        return trainer.steps();
    }

    /** The loss of training step {@code step} (from 0) of {@link #fullTrain}, before its update. */
    @JSExport
    public static double lossAt(int step) {
        return losses[step];
    }

    /** The loss of the last training step. */
    @JSExport
    public static double lastLoss() {
        return trainer.last().loss;
    }

    /** {@code count} symbols sampled from the network from symbol {@code first} (see {@link Sampler}). */
    @JSExport
    public static String sampleText(int first, int count, double temperature, int seed) {
        return Sampler.sample(network, first, count, temperature, seed).text();
    }

    /**
     * The influence of every step of the training text on s_t[k] under the network as trained; returns
     * the steps, each read by {@link #influenceAt} and {@link #inputInfluenceAt}.
     */
    @JSExport
    public static int influenceOfState(int t, int k) {
        trajectory = new Trajectory(network.cell);
        trajectory.update(text);
        influence = new Influence(network);
        return chooseState(t, k);
    }

    /**
     * The network of {@link #forwardSetup}, the trajectory of its sequence and an influence, as the page
     * holds them when a value is chosen (see {@link #chooseState}).
     */
    @JSExport
    public static void influenceSetup(int seed, int hiddenSize, String cell, String sequence) {
        forwardSetup(seed, hiddenSize, cell, sequence);
        settle();
        influence = new Influence(network);
    }

    /** What choosing s_t[k] computes: the influence of every step on it. Returns the steps. */
    @JSExport
    public static int chooseState(int t, int k) {
        influence.ofState(trajectory, t, k);
        return influence.steps();
    }

    /** ‖∂v/∂s_j‖ of the last {@link #influenceOfState}. */
    @JSExport
    public static double influenceAt(int j) {
        return influence.stateNorm(j);
    }

    /** ‖∂v/∂x_j‖ of the last {@link #influenceOfState}. */
    @JSExport
    public static double inputInfluenceAt(int j) {
        return influence.inputNorm(j);
    }

    /** A checksum of the bits of every parameter value of the network (see {@link Network#checksum()}). */
    @JSExport
    public static int paramChecksum() {
        return network.checksum();
    }

    /**
     * The recall experiment of {@code settings} (as {@link ExperimentSettings} writes them) on the first
     * {@code cells} registered cells, run in slices of {@code slice} steps; returns the checksum of every
     * network's recalled count and weights (see {@link ExperimentResult#checksum}).
     */
    @JSExport
    public static int recallExperiment(String settings, int cells, int slice) {
        String[] keys = new String[cells];
        System.arraycopy(Cells.keys(), 0, keys, 0, cells);
        RecallExperiment experiment = new RecallExperiment(ExperimentSettings.parse(settings), keys);
        while (!experiment.done()) {
            experiment.run(slice);
        }
        recall = experiment.result();
        return recall.checksum();
    }

    /** The held-out loss of network n of cell c at gap g of the last {@link #recallExperiment}. */
    @JSExport
    public static double recallLoss(int c, int g, int n) {
        return recall.loss(c, g, n);
    }

    /** {@code count} example sequences of the task {@code choice} ("count:4", as TaskChoice writes it), one a line. */
    @JSExport
    public static String taskExamples(String choice, String boxText, int count) {
        StringBuilder out = new StringBuilder();
        for (TaskSequence example : TaskChoice.parse(choice).examples(boxText, count)) {
            out.append(example.text()).append('\n');
        }
        return out.toString();
    }

    /** h_t[i] of the sequence, after {@link #settle}. */
    @JSExport
    public static double stateAt(int t, int i) {
        return trajectory.h(t, i);
    }

    /**
     * The trajectory of {@code sequence} under the network as it is now (after {@link #forwardSetup},
     * {@link #trainSetup} or {@link #fullTrain}), for {@link #principalComponents} and
     * {@link #fixedPoints}. Returns its steps.
     */
    @JSExport
    public static int stateSpaceSetup(String sequence) {
        states = new Trajectory(network.cell);
        states.update(Alphabet.encode(sequence));
        return states.steps();
    }

    /**
     * The principal components of the trajectory's h; returns the number of values
     * {@link #stateSpaceValueAt} reads: the total variance, each component's variance and share, the
     * components with variance and the iterations, PC1 and PC2 (H entries each), every step's two
     * coordinates.
     */
    @JSExport
    public static int principalComponents() {
        pca.ofHidden(states);
        int hidden = pca.width();
        double[] v = new double[7 + 2 * hidden + 2 * pca.rows()];
        v[0] = pca.totalVariance();
        v[1] = pca.variance(0);
        v[2] = pca.variance(1);
        v[3] = pca.share(0);
        v[4] = pca.share(1);
        v[5] = pca.components();
        v[6] = pca.iterations();
        for (int i = 0; i < hidden; i++) {
            v[7 + i] = pca.component(0, i);
            v[7 + hidden + i] = pca.component(1, i);
        }
        for (int t = 0; t < pca.rows(); t++) {
            v[7 + 2 * hidden + 2 * t] = pca.projection(t, 0);
            v[8 + 2 * hidden + 2 * t] = pca.projection(t, 1);
        }
        stateSpaceValues = v;
        return v.length;
    }

    /**
     * The fixed points of every symbol, searched from the trajectory; returns the number of values
     * {@link #stateSpaceValueAt} reads: for each symbol the starts that left the region, then for each
     * point its symbol, whether it converged and is stable, its iterations and starts, q, its residual,
     * its spectral radius, its state and its eigenvalues (real and imaginary parts).
     */
    @JSExport
    public static int fixedPoints() {
        FixedPointSearch search = new FixedPointSearch(network.cell, states);
        search.run();
        List<FixedPoint> points = search.points();
        int n = network.cell.stateSize();
        double[] v = new double[Alphabet.SIZE + points.size() * (8 + 3 * n)];
        int at = 0;
        for (int s = 0; s < Alphabet.SIZE; s++) {
            v[at++] = search.leftRegion(s);
        }
        for (FixedPoint p : points) {
            v[at++] = p.symbol;
            v[at++] = p.converged ? 1 : 0;
            v[at++] = p.stable() ? 1 : 0;
            v[at++] = p.iterations;
            v[at++] = p.starts();
            v[at++] = p.q;
            v[at++] = p.residual;
            v[at++] = p.spectralRadius;
            for (int k = 0; k < n; k++) {
                v[at++] = p.state(k);
                v[at++] = p.eigenvalueRe(k);
                v[at++] = p.eigenvalueIm(k);
            }
        }
        stateSpaceValues = v;
        return v.length;
    }

    /** Value i of the last {@link #principalComponents} or {@link #fixedPoints}. */
    @JSExport
    public static double stateSpaceValueAt(int i) {
        return stateSpaceValues[i];
    }

    /**
     * What the playground does when the sequence changes: computes the trajectory, lays out the heatmap
     * and the letters, every column shown. Returns the milliseconds the trajectory took.
     */
    @JSExport
    public static double replayLoad(int seed, int hiddenSize, String sequence) {
        if (heatmap == null) {
            heatmap = new HeatmapView(HTMLDocument.current());
            strip = new SequenceStrip(HTMLDocument.current(), HTMLDocument.current().getElementById("strip"));
        }
        replayed = new Trajectory(Network.random(Cells.first(), seed, hiddenSize, Cells.DEFAULT_RECURRENT_SCALE).cell);
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

    /** Every registered cell's key, the plain RNN first, joined by commas: the benchmark measures them all. */
    @JSExport
    public static String cellKeys() {
        return String.join(",", Cells.keys());
    }

    /** The name of cell {@code key}, for the benchmark's table. */
    @JSExport
    public static String cellName(String key) {
        return Cells.displayName(key);
    }

    /** The figures of {@code cell}'s network for {@code seed} and {@code hiddenSize} reading {@code sequence}. */
    @JSExport
    public static void figureSetup(int seed, int hiddenSize, String cell, String sequence) {
        figures = new FigureBench(Network.random(cell, seed, hiddenSize, Cells.DEFAULT_RECURRENT_SCALE), sequence);
    }

    /** The unrolled network written anew, as a new sequence or new values have it written. */
    @JSExport
    public static void figureWrite() {
        figures.write();
    }

    /** What a step change draws: step t marked in the unrolled network, the cell diagram written for it. */
    @JSExport
    public static void figureStep(int t) {
        figures.step(t);
    }
}
