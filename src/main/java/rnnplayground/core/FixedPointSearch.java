package rnnplayground.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed points of a cell, symbol by symbol (Sussillo &amp; Barak, "Opening the black box", 2013):
 * for every symbol s, the states with F_s(s) = s, F_s one step of the cell reading s
 * ({@link StepMap}), found by minimising q(s) = ½‖F_s(s) − s‖² from a few starts taken on a
 * trajectory. For gated cells the state is the whole state, the LSTM's c included.
 *
 * <p>Each start is first carried by a run of s ({@link #RUN} steps of F_s, fewer if it settles): it
 * then lies near the attractor a run of s falls to, if there is one, or on the cycle or the slow drift
 * a run of s keeps to, around the unstable point or the slow point there. (A saddle that no run
 * passes near is not looked for.) Then Levenberg-Marquardt steps with the cell's own Jacobian J,
 * A = J − I: (A^T A + μ D) δ = −A^T r, r = F_s(s) − s, D the diagonal of A^T A (Marquardt's scaling).
 * A step that lowers q is taken and μ shrinks, so that the steps become Newton's (quadratic
 * convergence near a fixed point, stable or not); one that does not is refused and μ grows tenfold,
 * towards a short step down the gradient.
 *
 * <p>The search stays in a region: the box of the trajectory's states and of where the run ended,
 * widened on every side by the trajectory's largest extent (at least 1). Outside it a gated cell has
 * points no state reaches (a GRU whose update gate rounds to 1 keeps any h), and a drifting LSTM cell
 * state heads far away. A step is cut at the region's edge; two such steps in a row end the start's
 * search ({@link #leftRegion}: what it heads for lies beyond the states the trajectory visits).
 * Otherwise a start's search ends converged, when one more step reading s moves no entry by more than
 * {@link #TOLERANCE}; or not converged, when no step lowers q any more (a slow point: a local minimum
 * of q above 0) or after {@link #MAX_ITERATIONS} Jacobians. Each outcome is a {@link FixedPoint},
 * converged or not.
 *
 * <p>A result within {@link #SAME_POINT} of one already found for the symbol is that point, a start
 * more for it; so is a search that comes within {@link #NEAR} of a converged one, or a start whose
 * run ended where an earlier one's did. A new converged point gets one Newton step more, unless it is
 * as precise as floats allow (near an eigenvalue 1 it may be off by TOLERANCE / (1 − |λ|) when first
 * within tolerance), then the eigenvalues of its Jacobian ({@link Eigenvalues}): stable when every
 * |λ| &lt; 1.
 *
 * <p>A cell's step stores floats, and so does a point: the best float state still moves by about
 * (1 + ‖J − I‖) float roundings, 1e-7 for entries below 1, when stepped once. The tolerance is a
 * hundred times that, relative to the largest entry when it is above 1.
 *
 * <p>The work is cut in units, each at most one Jacobian (n backward steps) with a solve or with the
 * eigenvalues, so that it can run in slices ({@link #step(int)}) between frames or in a worker. The
 * search reads the cell's weights at every unit: when they change, start a new search. Only + − × /
 * and √: the same bits on every engine, whatever the slices.
 */
public final class FixedPointSearch {
    /** Starts taken from a trajectory: its states at evenly spaced steps, the last one among them. */
    public static final int STARTS = 3;
    /** Steps of F_s each start is carried by before the search proper. */
    public static final int RUN = 32;
    /** Converged when ‖F_s(s) − s‖_∞ is at most this times max(1, ‖s‖_∞). */
    public static final double TOLERANCE = 1e-5;
    /** Two results for a symbol are one point when they differ by at most this times max(1, ‖s‖_∞). */
    public static final double SAME_POINT = 1e-3;
    /** A search within this of a converged point found before (times max(1, ‖s‖_∞)) ends there. */
    static final double NEAR = 1e-2;
    /** A converged point whose step moves it by at most this (about the floats' resolution) needs no polish. */
    static final double PRECISE = 1.5e-7;
    /** Steps cut at the region's edge one after the other that end a start's search: it is heading beyond. */
    static final int CUT_STEPS = 2;
    /** Iterations (Jacobians) per start at most. */
    public static final int MAX_ITERATIONS = 24;
    /** μ at each start: a Newton step, nearly. */
    static final double INITIAL_DAMPING = 1e-6;
    /** μ never shrinks below this. */
    static final double MIN_DAMPING = 1e-12;
    /** Refused steps per iteration, μ ten times larger after each, before q counts as at a minimum. */
    static final int TRIES = 8;
    /** Added to D, relative to its largest entry, so that A^T A + μ D is positive definite where A^T A is singular. */
    static final double DIAGONAL_FLOOR = 1e-9;

    /** What the next unit of a start does (ints, not an enum: no static initializer to check in TeaVM's builds). */
    private static final int SEARCH = 0;
    private static final int POLISH = 1;
    private static final int CLASSIFY = 2;
    /** Where a start ended when it left the region, in place of the index of a point. */
    private static final int LEFT = -1;

    private final RecurrentCell cell;
    private final StepMap map;
    private final int n;
    private final float[] starts;
    private final int startCount;
    private final int tasks;
    /** The box of the trajectory's states, and how far the region reaches beyond it. */
    private final double[] lowest;
    private final double[] highest;
    private double margin;
    /** The region searched from the start being searched: the box [lower, upper]. */
    private final double[] lower;
    private final double[] upper;
    private final int[] leftRegion = new int[Alphabet.SIZE];
    /** For each start of the symbol being searched: the state its run ended at, and where its search ended. */
    private final float[] runEnds;
    private final int[] ends;
    /** The start being searched: symbol task / startCount, start task % startCount. */
    private int task;
    private boolean begun;
    private int phase;
    private float[] point;
    private float[] candidate;
    private double[] residual;
    private double[] candidateResidual;
    private double q;
    private int iterations;
    private double damping;
    /** No step lowered q (at a minimum of q, or at the floats' resolution). */
    private boolean stalled;
    /** The steps taken one after the other that were cut at the region's edge. */
    private int cutSteps;
    /** Whether the map was last applied to the point (not to a refused candidate). */
    private boolean mapAtPoint;
    private final double[] jacobian;
    private final double[] normal;
    private final double[] work;
    private final double[] gradient;
    private final double[] delta;
    private final Eigenvalues eigenvalues = new Eigenvalues();
    private final List<FixedPoint> found = new ArrayList<>();

    /**
     * A search for every symbol from {@link #STARTS} states of the trajectory, evenly spaced, the last
     * among them, in the region of all its states (the initial one included).
     */
    public FixedPointSearch(RecurrentCell cell, Trajectory trajectory) {
        this(cell, startsOf(trajectory), trajectory.states(), trajectory.steps() + 1);
    }

    /**
     * A search for every symbol from the states in {@code starts}, stateSize floats each, one after the
     * other (copied), in the region of the starts; they must be finite.
     */
    public FixedPointSearch(RecurrentCell cell, float[] starts) {
        this(cell, starts, starts, starts.length / cell.stateSize());
    }

    /** A search in the box of {@code regionStates} states of {@code region}; with no region, its box is set later. */
    private FixedPointSearch(RecurrentCell cell, float[] starts, float[] region, int regionStates) {
        this.cell = cell;
        this.map = new StepMap(cell);
        this.n = cell.stateSize();
        if (starts.length == 0 || starts.length % n != 0) {
            throw new IllegalArgumentException("the starts must be whole states, at least one");
        }
        for (float value : starts) {
            if (!(Math.abs((double) value) <= Double.MAX_VALUE)) {
                throw new IllegalArgumentException("a start is not finite");
            }
        }
        this.starts = starts.clone();
        this.startCount = starts.length / n;
        this.tasks = Alphabet.SIZE * startCount;
        runEnds = new float[starts.length];
        ends = new int[startCount];
        point = new float[n];
        candidate = new float[n];
        residual = new double[n];
        candidateResidual = new double[n];
        jacobian = new double[n * n];
        normal = new double[n * n];
        work = new double[n * n];
        gradient = new double[n];
        delta = new double[n];
        lowest = new double[n];
        highest = new double[n];
        lower = new double[n];
        upper = new double[n];
        if (region != null) {
            box(region, regionStates);
        }
    }

    /**
     * What the search is asked, for another thread to search the same: the cell (its key, size and
     * weights), the starts and the region. {@link #asked} makes a search that finds the same points.
     */
    public void saveRequest(Packed out) {
        out.putText(cell.key());
        out.putNumber(cell.hiddenSize());
        for (Param param : cell.params()) {
            out.putFloats(param.w);
        }
        out.putFloats(starts);
        out.putDoubles(lowest);
        out.putDoubles(highest);
        out.putNumber(margin);
    }

    /** The search {@link #saveRequest} wrote, on a cell of its own. */
    public static FixedPointSearch asked(Packed in) {
        String key = in.text();
        RecurrentCell cell = Cells.create(key, new Prng(1), in.integer(), Cells.DEFAULT_RECURRENT_SCALE);
        for (Param param : cell.params()) {
            in.floatsInto(param.w);
        }
        FixedPointSearch search = new FixedPointSearch(cell, in.floats(), null, 0);
        in.doublesInto(search.lowest);
        in.doublesInto(search.highest);
        search.margin = in.number();
        return search;
    }

    /**
     * What has been found, at the end of a start ({@link #finishStart}): a copy of this search that reads
     * it in ({@link #loadProgress}) goes on from here to the same points.
     */
    public void saveProgress(Packed out) {
        if (begun) {
            throw new IllegalStateException("a start is half searched");
        }
        out.putNumber(task);
        for (int count : leftRegion) {
            out.putNumber(count);
        }
        for (int end : ends) {
            out.putNumber(end);
        }
        out.putFloats(runEnds);
        out.putNumber(found.size());
        for (FixedPoint p : found) {
            p.save(out);
        }
    }

    /** Reads in what {@link #saveProgress} wrote, from a search asked the same. */
    public void loadProgress(Packed in) {
        task = in.integer();
        for (int s = 0; s < leftRegion.length; s++) {
            leftRegion[s] = in.integer();
        }
        for (int k = 0; k < ends.length; k++) {
            ends[k] = in.integer();
        }
        in.floatsInto(runEnds);
        found.clear();
        for (int k = in.integer(); k > 0; k--) {
            found.add(FixedPoint.load(in));
        }
        begun = false;
    }

    /** The states s_t of the trajectory at t = (k + 1) T / STARTS − 1, k < STARTS, each once; s_{-1} for T = 0. */
    static float[] startsOf(Trajectory trajectory) {
        int size = trajectory.stateSize();
        int steps = trajectory.steps();
        int[] chosen = new int[STARTS];
        int count = 0;
        for (int k = 0; k < STARTS; k++) {
            int t = (k + 1) * steps / STARTS - 1;
            if (count == 0 || chosen[count - 1] != t) {
                chosen[count++] = t;
            }
        }
        float[] starts = new float[count * size];
        for (int k = 0; k < count; k++) {
            System.arraycopy(trajectory.states(), trajectory.offset(chosen[k]), starts, k * size, size);
        }
        return starts;
    }

    /** The box of the first {@code count} states of {@code states}, and its largest extent, at least 1, as the margin. */
    private void box(float[] states, int count) {
        for (int k = 0; k < n; k++) {
            lowest[k] = states[k];
            highest[k] = states[k];
        }
        for (int t = 1; t < count; t++) {
            for (int k = 0; k < n; k++) {
                lowest[k] = Math.min(lowest[k], states[t * n + k]);
                highest[k] = Math.max(highest[k], states[t * n + k]);
            }
        }
        margin = 1;
        for (int k = 0; k < n; k++) {
            margin = Math.max(margin, highest[k] - lowest[k]);
        }
    }

    /** The starts each symbol is searched from. */
    public int startCount() {
        return startCount;
    }

    /** The starts searched so far, all symbols together, out of {@link Alphabet#SIZE} × {@link #startCount()}. */
    public int startsDone() {
        return task;
    }

    /** Whether every symbol has been searched from every start. */
    public boolean done() {
        return task == tasks;
    }

    /** Runs up to {@code units} units of the search; returns {@link #done()}. */
    public boolean step(int units) {
        for (int u = 0; u < units && !done(); u++) {
            unit();
        }
        return done();
    }

    /** Runs the search to the end of the start under way, or of the next one; returns {@link #done()}. */
    public boolean finishStart() {
        if (!done()) {
            unit();
        }
        while (begun) {
            unit();
        }
        return done();
    }

    /** Runs the search to its end. */
    public void run() {
        while (!done()) {
            unit();
        }
    }

    /** The points found so far, symbol by symbol, each symbol's in the order found. */
    public List<FixedPoint> points() {
        return new ArrayList<>(found);
    }

    /** The points found so far for {@code symbol}, in the order found. */
    public List<FixedPoint> points(int symbol) {
        List<FixedPoint> points = new ArrayList<>();
        for (FixedPoint p : found) {
            if (p.symbol == symbol) {
                points.add(p);
            }
        }
        return points;
    }

    /** The starts for {@code symbol} whose search reached the edge of the region: heading beyond it. */
    public int leftRegion(int symbol) {
        return leftRegion[symbol];
    }

    private void unit() {
        int symbol = task / startCount;
        int start = task % startCount;
        if (!begun) {
            begin(symbol, start);
            int earlier = sameRunEnd(start);
            if (earlier >= 0) { // the same state after the run: the same search, the same end
                end(symbol, start, ends[earlier]);
                return;
            }
        }
        if (phase == SEARCH) {
            if (cutSteps == CUT_STEPS) {
                end(symbol, start, LEFT);
                return;
            }
            boolean converged = converged();
            if (!converged && !stalled && iterations < MAX_ITERATIONS) {
                int near = foundAt(symbol, true, NEAR);
                if (near >= 0) { // on its way to a point found before: Newton's steps end there
                    end(symbol, start, near);
                } else {
                    iterate(symbol);
                }
                return;
            }
            int same = foundAt(symbol, converged, SAME_POINT);
            if (same >= 0) {
                end(symbol, start, same);
                return;
            }
            phase = converged && largest(residual) > PRECISE * Math.max(1, largest(point)) ? POLISH : CLASSIFY;
        }
        if (phase == POLISH) {
            iterate(symbol);
            phase = CLASSIFY; // in the next unit
            int same = foundAt(symbol, converged(), SAME_POINT);
            if (same >= 0) {
                end(symbol, start, same);
            }
            return;
        }
        classify(symbol);
        end(symbol, start, found.size() - 1);
    }

    /** Ends the start's search at point {@code at} of those found, a start more for it, or beyond the region (LEFT). */
    private void end(int symbol, int start, int at) {
        if (at == LEFT) {
            leftRegion[symbol]++;
        } else {
            found.get(at).addStart();
        }
        ends[start] = at;
        task++;
        begun = false;
    }

    /** An earlier start of the symbol whose run ended where this one's did, or −1. */
    private int sameRunEnd(int start) {
        System.arraycopy(point, 0, runEnds, start * n, n);
        double same = SAME_POINT * Math.max(1, largest(point));
        for (int k = 0; k < start; k++) {
            if (distance(runEnds, k * n) <= same) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Takes start number {@code start}, carried by a run of the symbol, and the region around the
     * trajectory's states and where the run ended (a run of s passes through states s can reach).
     */
    private void begin(int symbol, int start) {
        System.arraycopy(starts, start * n, point, 0, n);
        map.apply(symbol, point, 0);
        q = map.residual(residual);
        for (int k = 0; k < RUN && !converged(); k++) {
            for (int i = 0; i < n; i++) {
                point[i] = map.image(i);
            }
            map.apply(symbol, point, 0);
            q = map.residual(residual);
        }
        for (int k = 0; k < n; k++) {
            lower[k] = Math.min(lowest[k], point[k]) - margin;
            upper[k] = Math.max(highest[k], point[k]) + margin;
        }
        mapAtPoint = true;
        iterations = 0;
        damping = INITIAL_DAMPING;
        stalled = false;
        cutSteps = 0;
        phase = SEARCH;
        begun = true;
    }

    private boolean converged() {
        return largest(residual) <= TOLERANCE * Math.max(1, largest(point));
    }

    /**
     * One Levenberg-Marquardt iteration: J at the point, A = J − I, then (A^T A + μ D) δ = −A^T r for
     * μ growing tenfold until a step lowers q, or {@link #TRIES} refused steps.
     */
    private void iterate(int symbol) {
        if (!mapAtPoint) {
            map.apply(symbol, point, 0);
            mapAtPoint = true;
        }
        map.jacobian(jacobian);
        for (int k = 0; k < n; k++) {
            jacobian[k * n + k] -= 1;
        }
        // A^T r and the lower triangle of A^T A, each sum over the rows k of A in order
        Kernels.zero(gradient);
        Kernels.zero(normal);
        for (int k = 0; k < n; k++) {
            int row = k * n;
            double rk = residual[k];
            for (int i = 0; i < n; i++) {
                double aki = jacobian[row + i];
                gradient[i] += aki * rk;
                int at = i * n;
                for (int j = 0; j <= i; j++) {
                    normal[at + j] += aki * jacobian[row + j];
                }
            }
        }
        double floor = 0;
        for (int i = 0; i < n; i++) {
            floor = Math.max(floor, normal[i * n + i]);
        }
        floor = floor > 0 ? floor * DIAGONAL_FLOOR : DIAGONAL_FLOOR;
        iterations++;
        for (int tries = 0; tries < TRIES && !stalled; tries++) {
            System.arraycopy(normal, 0, work, 0, n * n);
            for (int i = 0; i < n; i++) {
                work[i * n + i] += (normal[i * n + i] + floor) * damping;
                delta[i] = -gradient[i];
            }
            if (Cholesky.solve(work, n, delta) && tryStep(symbol)) {
                damping = Math.max(MIN_DAMPING, damping * 0.1);
                return;
            }
            damping *= 10;
        }
        stalled = true;
    }

    /** Takes the point + δ, cut at the region's edge, if it lowers q. */
    private boolean tryStep(int symbol) {
        boolean cut = false;
        boolean moved = false;
        for (int k = 0; k < n; k++) {
            double next = point[k] + delta[k];
            double kept = Math.min(upper[k], Math.max(lower[k], next));
            cut = cut || kept != next;
            candidate[k] = (float) kept;
            moved = moved || candidate[k] != point[k];
        }
        if (!moved) { // below the floats' resolution: no step can lower q
            stalled = true;
            return false;
        }
        map.apply(symbol, candidate, 0);
        double next = map.residual(candidateResidual);
        mapAtPoint = false;
        if (!(next < q)) {
            return false;
        }
        float[] taken = candidate;
        candidate = point;
        point = taken;
        double[] takenResidual = candidateResidual;
        candidateResidual = residual;
        residual = takenResidual;
        q = next;
        mapAtPoint = true;
        cutSteps = cut ? cutSteps + 1 : 0;
        return true;
    }

    /**
     * The index of a point found before for the symbol, converged or not as this one is, within
     * {@code within} times max(1, ‖s‖_∞) of this one; or −1.
     */
    private int foundAt(int symbol, boolean converged, double within) {
        double same = within * Math.max(1, largest(point));
        for (int k = 0; k < found.size(); k++) {
            FixedPoint p = found.get(k);
            if (p.symbol == symbol && p.converged == converged && distance(p.state, 0) <= same) {
                return k;
            }
        }
        return -1;
    }

    /** Adds the point with the eigenvalues of the Jacobian there. */
    private void classify(int symbol) {
        if (!mapAtPoint) {
            map.apply(symbol, point, 0);
            mapAtPoint = true;
        }
        map.jacobian(jacobian);
        eigenvalues.compute(jacobian, n);
        found.add(new FixedPoint(symbol, point.clone(), q, largest(residual), iterations, converged(), eigenvalues));
    }

    /** ‖v − point‖_∞, v the n floats of {@code states} from {@code offset}. */
    private double distance(float[] states, int offset) {
        double most = 0;
        for (int k = 0; k < n; k++) {
            most = Math.max(most, Math.abs((double) states[offset + k] - point[k]));
        }
        return most;
    }

    private double largest(double[] v) {
        double most = 0;
        for (int k = 0; k < n; k++) {
            most = Math.max(most, Math.abs(v[k]));
        }
        return most;
    }

    private double largest(float[] v) {
        double most = 0;
        for (int k = 0; k < n; k++) {
            most = Math.max(most, Math.abs((double) v[k]));
        }
        return most;
    }
}
