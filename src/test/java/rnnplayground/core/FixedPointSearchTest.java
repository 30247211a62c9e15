package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedPointSearchTest {
    private static final int V = Alphabet.SIZE;

    private static List<FixedPoint> search(RecurrentCell cell, Trajectory trajectory) {
        FixedPointSearch search = new FixedPointSearch(cell, trajectory);
        search.run();
        return search.points();
    }

    /** A one-dimensional plain RNN h ← tanh(w h + b) whatever the symbol. */
    private static Network oneDimensional(double w, double b) {
        Network network = Network.random("rnn", 1, 1, Cells.DEFAULT_RECURRENT_SCALE);
        Param[] params = network.params();
        java.util.Arrays.fill(params[0].w, 0);
        params[1].w[0] = (float) w;
        params[2].w[0] = (float) b;
        return network;
    }

    private static FixedPoint near(List<FixedPoint> points, int symbol, double h) {
        FixedPoint nearest = null;
        for (FixedPoint p : points) {
            if (p.symbol == symbol && (nearest == null || Math.abs(p.state(0) - h) < Math.abs(nearest.state(0) - h))) {
                nearest = p;
            }
        }
        assertNotNull(nearest, "a point for symbol " + symbol);
        return nearest;
    }

    /** h = tanh(w h + b) by plain iteration from {@code h}, in doubles: where a stable point lies. */
    private static double iterate(double w, double b, double h) {
        for (int k = 0; k < 10000; k++) {
            h = Math.tanh(w * h + b);
        }
        return h;
    }

    @Test
    void aPlainRnnWithoutRecurrenceHasItsFixedPointAtTanhOfItsInput() {
        Network network = Network.random("rnn", 11, 8, Cells.DEFAULT_RECURRENT_SCALE);
        Param[] params = network.params();
        java.util.Arrays.fill(params[1].w, 0); // W_hh = 0: F_s(h) = tanh(W_xh x_s + b), whatever h
        FixedPointSearch search = new FixedPointSearch(network.cell, Trajectory.of(network.cell, TrainingTest.LONG));
        search.run();
        assertEquals(FixedPointSearch.STARTS, search.startCount());
        for (int s = 0; s < V; s++) {
            List<FixedPoint> points = search.points(s);
            assertEquals(1, points.size(), "one point for symbol " + s);
            FixedPoint p = points.get(0);
            assertTrue(p.converged);
            assertTrue(p.stable());
            assertEquals(0.0, p.spectralRadius, "J = diag(1 − h²) W_hh = 0");
            assertEquals(search.startCount(), p.starts(), "every start ends there");
            assertEquals(0, search.leftRegion(s));
            for (int i = 0; i < 8; i++) {
                double pre = (double) params[0].w[i * V + s] + params[2].w[i];
                assertEquals((float) Kernels.tanh(pre), p.state(i), "the cell's own float of tanh");
                assertEquals(Math.tanh(pre), p.state(i), 1e-7);
            }
        }
    }

    /**
     * With no input weights, a = σ(b_a) and u = b_x for every symbol: h = a h + (1 − a) u has its fixed
     * point at h = u, and J = diag(a), so its eigenvalues are the a's and |λ| = max a.
     */
    @Test
    void aSelectiveLinearCellWithAFixedDecayHasItsFixedPointAtItsValue() {
        int hidden = 6;
        Network network = Network.random("linear", 5, hidden, Cells.DEFAULT_RECURRENT_SCALE);
        Param[] params = network.params(); // W_a, b_a, W_x, b_x
        java.util.Arrays.fill(params[0].w, 0);
        java.util.Arrays.fill(params[2].w, 0);
        double[] a = new double[hidden];
        for (int i = 0; i < hidden; i++) {
            params[1].w[i] = (float) (-1 + 0.8 * i);
            params[3].w[i] = (float) (0.5 * i - 1.2);
            a[i] = Kernels.toFloat(Kernels.sigmoid(params[1].w[i]));
        }
        FixedPointSearch search = new FixedPointSearch(network.cell, Trajectory.of(network.cell, TrainingTest.LONG));
        search.run();
        for (int s = 0; s < V; s++) {
            List<FixedPoint> points = search.points(s);
            assertEquals(1, points.size());
            FixedPoint p = points.get(0);
            assertTrue(p.converged);
            assertTrue(p.stable());
            assertEquals(a[hidden - 1], p.spectralRadius, 0.0, "|λ| = the largest a");
            for (int i = 0; i < hidden; i++) {
                assertEquals(params[3].w[i], p.state(i), 1e-6, "h = u");
                assertEquals(a[hidden - 1 - i], p.eigenvalueRe(i), 0.0, "the a's, largest first");
                assertEquals(0.0, p.eigenvalueIm(i));
            }
        }
    }

    /**
     * h ← tanh(2h) has three fixed points: 0, unstable (λ = 2), and ±h*, stable (λ = 2(1 − h*²)). A
     * start at 0 stays there; the others run to ±h*.
     */
    @Test
    void tanhOfTwiceHHasAnUnstablePointBetweenTwoStableOnes() {
        Network network = oneDimensional(2, 0);
        FixedPointSearch search = new FixedPointSearch(network.cell, new float[] {0, 0.05f, -0.5f});
        search.run();
        List<FixedPoint> points = search.points();
        double star = iterate(2, 0, 0.5);
        for (int s = 0; s < V; s++) {
            assertEquals(3, search.points(s).size());
            FixedPoint zero = near(points, s, 0);
            assertEquals(0.0, zero.state(0));
            assertTrue(zero.converged);
            assertFalse(zero.stable());
            assertEquals(2, zero.spectralRadius, 1e-6);
            for (double sign : new double[] {1, -1}) {
                FixedPoint p = near(points, s, sign * star);
                assertEquals(sign * star, p.state(0), 1e-6);
                assertTrue(p.converged);
                assertTrue(p.stable());
                assertEquals(2 * (1 - star * star), p.spectralRadius, 1e-6);
            }
        }
    }

    /** h ← tanh(−2h): a run settles on a cycle between ±h*, around the unstable point 0, where λ = −2. */
    @Test
    void theUnstablePointInsideACycleIsFound() {
        Network network = oneDimensional(-2, 0);
        FixedPointSearch search = new FixedPointSearch(network.cell, new float[] {0.5f});
        search.run();
        for (int s = 0; s < V; s++) {
            List<FixedPoint> points = search.points(s);
            assertEquals(1, points.size());
            FixedPoint p = points.get(0);
            assertTrue(p.converged);
            assertEquals(0, p.state(0), 1e-7);
            assertEquals(-2, p.eigenvalueRe(0), 1e-6);
            assertFalse(p.stable());
        }
    }

    /** h ← tanh(W h) with W = ρ R(θ), ρ = 1.5: an unstable spiral at 0 with λ = ρ e^{±iθ}. */
    @Test
    void anUnstableSpiralHasAComplexPairOutsideTheUnitCircle() {
        Network network = Network.random("rnn", 2, 2, Cells.DEFAULT_RECURRENT_SCALE);
        Param[] params = network.params();
        java.util.Arrays.fill(params[0].w, 0);
        java.util.Arrays.fill(params[2].w, 0);
        double rho = 1.5;
        double theta = 0.6;
        float[] w = params[1].w;
        w[0] = (float) (rho * Math.cos(theta));
        w[1] = (float) (-rho * Math.sin(theta));
        w[2] = (float) (rho * Math.sin(theta));
        w[3] = (float) (rho * Math.cos(theta));
        FixedPointSearch search = new FixedPointSearch(network.cell, new float[] {0.1f, 0});
        search.run();
        FixedPoint p = search.points(0).get(0);
        assertTrue(p.converged);
        assertEquals(0, p.state(0), 1e-7);
        assertEquals(0, p.state(1), 1e-7);
        assertFalse(p.stable());
        assertEquals(rho, p.spectralRadius, 1e-6);
        assertEquals(rho * Math.cos(theta), p.eigenvalueRe(0), 1e-6);
        assertEquals(rho * Math.sin(theta), p.eigenvalueIm(0), 1e-6);
        assertEquals(-rho * Math.sin(theta), p.eigenvalueIm(1), 1e-6);
    }

    /**
     * h ← tanh(2h + b) just past its saddle-node (b = −0.535, the point at b = −0.5328): near h = 0.708
     * no fixed point is left, only a bottleneck where the steps are slow, ‖F(h) − h‖ ≥ 0.001. A start
     * there does not converge: it says so, with q above 0 and nothing NaN. A start at −0.5 finds the
     * stable point that remains.
     */
    @Test
    void aSlowPointIsReportedAsNotConverged() {
        double b = -0.535;
        Network network = oneDimensional(2, b);
        FixedPointSearch search = new FixedPointSearch(network.cell, new float[] {0.75f, -0.5f});
        search.run();
        List<FixedPoint> points = search.points();
        FixedPoint slow = near(points, 0, 0.708);
        assertFalse(slow.converged);
        assertFalse(slow.stable());
        assertEquals(0.708, slow.state(0), 1e-3);
        assertTrue(slow.q > 0 && slow.q < 1e-6, "q " + slow.q);
        assertTrue(slow.residual > FixedPointSearch.TOLERANCE);
        FixedPoint stable = near(points, 0, -1);
        assertTrue(stable.converged);
        assertTrue(stable.stable());
        assertEquals(iterate(2, b, -0.5), stable.state(0), 1e-6);
        assertAllFinite(points);
    }

    /**
     * Trained on "abracadabra abracadabra", a long run of one symbol after the text ends at a stable
     * fixed point of that symbol's step. Near the point a step shrinks the distance by about the point's
     * spectral radius ρ, so between the 20th and the 40th symbol of the run the distance shrinks by about
     * ρ^20 (at most twice that is allowed: ρ is the rate in the limit); the 40th state is within 0.05 of
     * the point (within 0.005 for every symbol but the space, whose point, ρ = 0.98, is the slowest).
     */
    @Test
    void aLongRunOfASymbolEndsAtItsStableFixedPoint() {
        String text = "abracadabra abracadabra";
        Network network = Network.random("rnn", 2, 16, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        int[] symbols = Alphabet.encode(text);
        for (int step = 0; step < 300; step++) {
            assertFalse(trainer.step(symbols).failed());
        }
        List<FixedPoint> points = search(network.cell, Trajectory.of(network.cell, text));
        for (int s = 0; s < V; s++) {
            String run = String.valueOf(Alphabet.symbolAt(s));
            float[] at40 = last(network, text + run.repeat(40));
            float[] at20 = last(network, text + run.repeat(20));
            FixedPoint nearest = null;
            for (FixedPoint p : points) {
                if (p.symbol == s && p.stable() && (nearest == null || distance(p, at40) < distance(nearest, at40))) {
                    nearest = p;
                }
            }
            assertNotNull(nearest, "a stable point for '" + run + "'");
            double rate = Math.pow(nearest.spectralRadius, 20);
            assertTrue(distance(nearest, at40) <= 2 * rate * distance(nearest, at20) + 1e-6,
                    "'" + run + "': " + distance(nearest, at40) + " after 40, " + distance(nearest, at20) + " after 20, ρ "
                            + nearest.spectralRadius);
            assertTrue(distance(nearest, at40) < (s == Alphabet.indexOf(' ') ? 0.05 : 0.005), "'" + run + "'");
        }
    }

    private static float[] last(Network network, String sequence) {
        Trajectory trajectory = Trajectory.of(network.cell, sequence);
        float[] state = new float[trajectory.stateSize()];
        System.arraycopy(trajectory.states(), trajectory.offset(trajectory.steps() - 1), state, 0, state.length);
        return state;
    }

    private static double distance(FixedPoint p, float[] state) {
        double most = 0;
        for (int k = 0; k < state.length; k++) {
            most = Math.max(most, Math.abs(p.state(k) - state[k]));
        }
        return most;
    }

    @Test
    void aPointFoundStaysWhereItIsUnderItsSymbol() {
        for (String key : Cells.keys()) {
            Network network = trained(key, 8, 60);
            for (FixedPoint p : search(network.cell, Trajectory.of(network.cell, TrainingTest.LONG))) {
                if (!p.converged) {
                    continue;
                }
                Trajectory run = new Trajectory(network.cell);
                run.restart(p.state(), 0);
                run.update(new int[] {p.symbol});
                double scale = 1;
                for (int k = 0; k < p.size(); k++) {
                    scale = Math.max(scale, Math.abs(p.state(k)));
                }
                for (int k = 0; k < p.size(); k++) {
                    assertEquals(p.state(k), run.state(0, k), FixedPointSearch.TOLERANCE * scale, key);
                }
            }
        }
    }

    private static Network trained(String key, int hidden, int steps) {
        Network network = Network.random(key, 7, hidden, Cells.DEFAULT_RECURRENT_SCALE);
        Trainer trainer = new Trainer(network);
        int[] symbols = Alphabet.encode(TrainingTest.LONG);
        for (int step = 0; step < steps; step++) {
            trainer.step(symbols);
        }
        return network;
    }

    @Test
    void everyStartEndsAtAPointOrBeyondTheRegionAndNothingIsNaN() {
        for (String key : Cells.keys()) {
            for (int steps : new int[] {0, 200}) {
                Network network = trained(key, 8, steps);
                FixedPointSearch search = new FixedPointSearch(network.cell, Trajectory.of(network.cell, TrainingTest.LONG));
                search.run();
                for (int s = 0; s < V; s++) {
                    int ends = search.leftRegion(s);
                    for (FixedPoint p : search.points(s)) {
                        ends += p.starts();
                    }
                    assertEquals(search.startCount(), ends, key + ", symbol " + s);
                }
                assertAllFinite(search.points());
            }
        }
    }

    private static void assertAllFinite(List<FixedPoint> points) {
        for (FixedPoint p : points) {
            assertTrue(Double.isFinite(p.q) && Double.isFinite(p.residual) && Double.isFinite(p.spectralRadius));
            for (int k = 0; k < p.size(); k++) {
                assertTrue(Float.isFinite(p.state(k)));
                assertTrue(Double.isFinite(p.eigenvalueRe(k)) && Double.isFinite(p.eigenvalueIm(k)));
            }
        }
    }

    @Test
    void theSameSearchGivesTheSameBitsWhateverItsSlices() {
        for (String key : Cells.keys()) {
            Network network = trained(key, 8, 200);
            Trajectory trajectory = Trajectory.of(network.cell, TrainingTest.LONG);
            List<Double> whole = bits(search(network.cell, trajectory));
            for (int slice : new int[] {1, 3}) {
                FixedPointSearch search = new FixedPointSearch(network.cell, trajectory);
                int calls = 0;
                int done = 0;
                while (!search.step(slice)) {
                    calls++;
                    assertTrue(search.startsDone() >= done);
                    done = search.startsDone();
                }
                assertTrue(calls > 0);
                assertEquals(V * search.startCount(), search.startsDone());
                assertEquals(whole, bits(search.points()), key + " in slices of " + slice);
            }
        }
    }

    /**
     * A search asked elsewhere ({@code saveRequest}, {@code asked}) finds the same bits, and so does a page's copy
     * that reads in its progress after every start and, from some start on, goes on by itself.
     */
    @Test
    void aSearchHandedToAnotherThreadAndBackFindsTheSameBits() {
        for (String key : Cells.keys()) {
            Network network = trained(key, 8, 200);
            Trajectory trajectory = Trajectory.of(network.cell, TrainingTest.LONG);
            List<Double> whole = bits(search(network.cell, trajectory));
            FixedPointSearch page = new FixedPointSearch(network.cell, trajectory);
            Packed request = new Packed();
            page.saveRequest(request);
            FixedPointSearch worker = FixedPointSearch.asked(copy(request));
            int handedBack = V * page.startCount() / 2;
            while (page.startsDone() < handedBack && !worker.finishStart()) {
                Packed progress = new Packed();
                worker.saveProgress(progress);
                page.loadProgress(copy(progress));
                assertEquals(worker.startsDone(), page.startsDone());
                assertEquals(bits(worker.points()), bits(page.points()), key);
            }
            assertTrue(page.startsDone() > 0 && !page.done(), key + ": the page goes on from a start in the middle");
            page.run();
            assertEquals(whole, bits(page.points()), key + ": the page's copy, gone on by itself");
            worker.run();
            assertEquals(whole, bits(worker.points()), key + ": the worker's");
            for (int s = 0; s < V; s++) {
                assertEquals(worker.leftRegion(s), page.leftRegion(s));
            }
        }
    }

    /** What another thread reads. */
    private static Packed copy(Packed written) {
        return Packed.of(written.numbers(), written.floatArrays(), written.doubleArrays(), written.texts());
    }

    private static List<Double> bits(List<FixedPoint> points) {
        List<Double> values = new ArrayList<>();
        for (FixedPoint p : points) {
            values.add((double) p.symbol);
            values.add(p.q);
            values.add(p.residual);
            values.add((double) p.iterations);
            values.add(p.converged ? 1.0 : 0.0);
            values.add((double) p.starts());
            values.add(p.spectralRadius);
            for (int k = 0; k < p.size(); k++) {
                values.add((double) p.state(k));
                values.add(p.eigenvalueRe(k));
                values.add(p.eigenvalueIm(k));
            }
        }
        return values;
    }

    @Test
    void theStartsAreTheTrajectorysStatesEvenlySpacedAndMustBeWholeAndFinite() {
        Network network = Network.random("lstm", 3, 4, Cells.DEFAULT_RECURRENT_SCALE);
        RecurrentCell cell = network.cell;
        Trajectory trajectory = Trajectory.of(cell, "abracadabra");
        float[] starts = FixedPointSearch.startsOf(trajectory);
        assertEquals(3 * 8, starts.length);
        int[] steps = {2, 6, 10};
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 8; i++) {
                assertEquals(trajectory.state(steps[k], i), starts[k * 8 + i]);
            }
        }
        assertEquals(8, FixedPointSearch.startsOf(Trajectory.of(cell, "")).length, "no steps: the initial state");
        assertEquals(16, FixedPointSearch.startsOf(Trajectory.of(cell, "a")).length, "one step: s_-1 and s_0");
        new FixedPointSearch(cell, Trajectory.of(cell, "")).run();
        assertThrows(IllegalArgumentException.class, () -> new FixedPointSearch(cell, new float[0]));
        assertThrows(IllegalArgumentException.class, () -> new FixedPointSearch(cell, new float[7]));
        float[] notFinite = new float[8];
        notFinite[3] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> new FixedPointSearch(cell, notFinite));
    }
}
