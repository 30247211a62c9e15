package rnnplayground.app.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Trajectory;

class StateSpaceTest {
    static StateSpace searched(Trajectory trajectory) {
        StateSpace space = new StateSpace();
        space.project(trajectory);
        space.startSearch(trajectory);
        space.searchAll();
        return space;
    }

    @Test
    void theDefaultNetworkHasOneStablePointASymbol() {
        Model model = new Model(PageState.DEFAULT);
        StateSpace space = searched(model.trajectory());
        assertTrue(space.plottable());
        assertEquals(11, space.steps());
        assertEquals(StateSpace.Search.DONE, space.status());
        assertEquals(space.startsInAll(), space.startsDone());
        assertEquals(Alphabet.SIZE * space.startsPerSymbol(), space.startsInAll());
        for (int s = 0; s < Alphabet.SIZE; s++) {
            List<FixedPoint> points = space.fixedPoints(s);
            assertEquals(1, points.size(), "symbol " + s);
            assertTrue(points.get(0).stable());
        }
    }

    /** A clock that moves one millisecond each time it is read. */
    private static final class Ticking {
        double now;

        double read() {
            return now++;
        }
    }

    @Test
    void aSearchInSlicesOfTimeFindsTheSamePointsAndWaitsWhileTheWeightsChange() {
        for (String key : Cells.keys()) {
            Model model = new Model(new PageState("abracadabra", 3, 8).with(b -> b.cell(key)));
            List<Double> whole = bits(searched(model.trajectory()));
            StateSpace space = new StateSpace();
            space.project(model.trajectory());
            assertEquals(StateSpace.Search.NONE, space.status());
            assertEquals("", FixedPointText.summary(space));
            space.startSearch(model.trajectory());
            Ticking clock = new Ticking();
            int slices = 0;
            while (!space.search(clock::read, 3)) {
                slices++;
                assertEquals(StateSpace.Search.SEARCHING, space.status());
                assertTrue(FixedPointText.summary(space).startsWith("Fixed points: searching, "));
            }
            assertTrue(slices > 1, key + ": searched in several slices");
            assertEquals(whole, bits(space), key);
            space.weightsChanging();
            assertEquals(StateSpace.Search.WAITING, space.status());
            assertEquals(List.of(), space.fixedPoints());
            assertEquals("Fixed points: searched once training pauses.", FixedPointText.summary(space));
        }
    }

    private static List<Double> bits(StateSpace space) {
        List<Double> values = new ArrayList<>();
        for (FixedPoint p : space.fixedPoints()) {
            values.add((double) p.symbol);
            values.add(p.q);
            values.add(p.spectralRadius);
            values.add(space.coordinate(p, 0));
            values.add(space.coordinate(p, 1));
        }
        return values;
    }

    @Test
    void noStepsOneStepOrStatesAllEqualGiveAMessageNotAPlot() {
        StateSpace space = new StateSpace();
        space.project(new Model(PageState.DEFAULT.withSequence("")).trajectory());
        assertFalse(space.plottable());
        assertEquals("Type a sequence to see its states here.", StatePlot.message(space));
        space.project(new Model(PageState.DEFAULT.withSequence("a")).trajectory());
        assertFalse(space.plottable());
        assertTrue(StatePlot.message(space).startsWith("One step leaves one state"));
        Network network = Network.random("rnn", 1, 8, Cells.DEFAULT_RECURRENT_SCALE);
        for (Param param : network.params()) {
            java.util.Arrays.fill(param.w, 0);
        }
        space.project(Trajectory.of(network.cell, "abracadabra"));
        assertFalse(space.plottable(), "every state is tanh(0) = 0");
        assertEquals("Every step leaves the same state: there is no spread to draw.", StatePlot.message(space));
        space.project(new Model(PageState.DEFAULT).trajectory());
        assertEquals("", StatePlot.message(space));
    }

    @Test
    void theCsvHasEveryStepsPointAndEveryFixedPoint() {
        Model model = new Model(PageState.DEFAULT.withSequence("ab ra"));
        StateSpace space = searched(model.trajectory());
        String[] lines = StateSpaceCsv.of(model.trajectory(), space).split("\n");
        assertEquals("kind,step,symbol,pc1,pc2,stable,converged,largest_abs_eigenvalue,q", lines[0]);
        assertEquals(1 + 5 + space.fixedPoints().size(), lines.length);
        String[] third = lines[3].split(",", -1);
        assertEquals("state", third[0]);
        assertEquals("2", third[1]);
        assertEquals("space", third[2]);
        assertEquals(space.components().projection(2, 0), Double.parseDouble(third[3]), 5e-7);
        assertEquals(space.components().projection(2, 1), Double.parseDouble(third[4]), 5e-7);
        FixedPoint first = space.fixedPoints().get(0);
        String[] fixed = lines[6].split(",", -1);
        assertEquals(List.of("fixed_point", "", "a"), List.of(fixed[0], fixed[1], fixed[2]));
        assertEquals(space.coordinate(first, 0), Double.parseDouble(fixed[3]), 5e-7);
        assertEquals(String.valueOf(first.stable()), fixed[5]);
        assertEquals((float) first.spectralRadius, Float.parseFloat(fixed[7]));
        assertEquals((float) first.q, Float.parseFloat(fixed[8]));
    }
}
