package rnnplayground.app.space;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import rnnplayground.core.Alphabet;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.FixedPointSearch;
import rnnplayground.core.Packed;
import rnnplayground.core.PrincipalComponents;
import rnnplayground.core.Trajectory;

/**
 * One network's state space as the page shows it: the principal components of its hidden states over
 * the sequence (the plane in which the trajectory spreads most), and the fixed points of every
 * symbol's step, searched from the trajectory's states in slices of time. A search reads the weights
 * at every slice, so while they change (training) it waits, and starts again once they stay.
 */
public final class StateSpace {
    /** What the fixed points are doing. */
    public enum Search {
        /** No search asked for yet. */
        NONE,
        /** The weights are changing: the search waits until they stay. */
        WAITING,
        SEARCHING,
        DONE
    }

    private final PrincipalComponents components = new PrincipalComponents();
    private int steps;
    private FixedPointSearch search;
    private List<FixedPoint> points = new ArrayList<>();
    private boolean waiting;

    /** The principal components of the trajectory's hidden states, h_0 … h_{T-1}. */
    public void project(Trajectory trajectory) {
        components.ofHidden(trajectory);
        steps = trajectory.steps();
    }

    public PrincipalComponents components() {
        return components;
    }

    /** Whether there is a plane to draw: at least two steps, and states that differ. */
    public boolean plottable() {
        return steps >= 2 && components.hasVariance();
    }

    /** The steps projected last. */
    public int steps() {
        return steps;
    }

    /** A new search for the fixed points of the trajectory's cell, from its states, as its weights are now. */
    public void startSearch(Trajectory trajectory) {
        search = new FixedPointSearch(trajectory.cell(), trajectory);
        points = new ArrayList<>();
        waiting = false;
    }

    /** The weights are changing: the points found are dropped, and the search waits for {@link #startSearch}. */
    public void weightsChanging() {
        search = null;
        points = new ArrayList<>();
        waiting = true;
    }

    /**
     * Searches for {@code budgetMs} by {@code clock}, at least one unit, or to the end; returns whether
     * the search has ended.
     */
    public boolean search(DoubleSupplier clock, double budgetMs) {
        if (search == null) {
            return true;
        }
        double start = clock.getAsDouble();
        int found = points.size();
        do {
            search.step(1);
        } while (!search.done() && clock.getAsDouble() - start < budgetMs);
        if (search.points().size() != found || search.done()) {
            points = search.points();
        }
        return search.done();
    }

    /** What the search under way is asked, for a worker to search the same ({@link FixedPointSearch#asked}). */
    public void saveRequest(Packed out) {
        search.saveRequest(out);
    }

    /** Reads in what a worker searching the same has found ({@link FixedPointSearch#saveProgress}). */
    public void adoptProgress(Packed in) {
        search.loadProgress(in);
        points = search.points();
    }

    /** Runs the search to its end at once (for tests and the benchmark). */
    public void searchAll() {
        if (search != null) {
            search.run();
            points = search.points();
        }
    }

    public Search status() {
        return waiting ? Search.WAITING : search == null ? Search.NONE : search.done() ? Search.DONE : Search.SEARCHING;
    }

    /** The points found so far, symbol by symbol, converged or not. */
    public List<FixedPoint> fixedPoints() {
        return points;
    }

    /** The points found so far for {@code symbol}. */
    public List<FixedPoint> fixedPoints(int symbol) {
        List<FixedPoint> of = new ArrayList<>();
        for (FixedPoint p : points) {
            if (p.symbol == symbol) {
                of.add(p);
            }
        }
        return of;
    }

    /** The starts for {@code symbol} whose search headed beyond the states the trajectory visits. */
    public int leftRegion(int symbol) {
        return search == null ? 0 : search.leftRegion(symbol);
    }

    /** The starts a symbol is searched from. */
    public int startsPerSymbol() {
        return search == null ? 0 : search.startCount();
    }

    /** The starts searched so far, all symbols together. */
    public int startsDone() {
        return search == null ? 0 : search.startsDone();
    }

    /** Every start of every symbol. */
    public int startsInAll() {
        return search == null ? 0 : search.startCount() * Alphabet.SIZE;
    }

    /** A fixed point's coordinate along component k (0: PC1, 1: PC2): its h, projected as the states are. */
    public double coordinate(FixedPoint point, int k) {
        return components.project(point.state(), 0, k);
    }
}
