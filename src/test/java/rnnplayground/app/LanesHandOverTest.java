package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;
import rnnplayground.core.Packed;

/**
 * Training handed from one copy of the lanes to another (the page and its training worker) goes on
 * to the same bits as training that never moved.
 */
class LanesHandOverTest {
    private static final double NOW = 0;

    private static PageState state(String cell, String compare) {
        return new PageState("abracadabra cab", 9, 8).with(b -> b.cell(cell).compare(compare));
    }

    /** {@code count} steps, whatever the clock. */
    private static void steps(Lanes lanes, PageState state, int count) {
        lanes.run(state.sequence, () -> NOW, 1, count);
    }

    private static Packed saved(Lanes lanes) {
        Packed out = new Packed();
        lanes.save(out, NOW, new int[lanes.count()]);
        return out;
    }

    private static Packed sent(Packed written) {
        return Packed.of(written.numbers(), written.floatArrays(), written.doubleArrays(), written.texts());
    }

    /** What a message carries of {@code held}: a copy of every array. */
    private static Packed copied(Packed held) {
        List<float[]> floats = new ArrayList<>();
        held.floatArrays().forEach(values -> floats.add(values.clone()));
        List<double[]> doubles = new ArrayList<>();
        held.doubleArrays().forEach(values -> doubles.add(values.clone()));
        return Packed.of(held.numbers(), floats, doubles, held.texts());
    }

    /** Lanes of {@code state} that read in {@code from}'s training. */
    private static Lanes handedOver(Lanes from, PageState state) {
        Lanes to = new Lanes(state);
        to.load(sent(saved(from)), NOW);
        return to;
    }

    private static void assertSame(Lanes expected, Lanes actual) {
        Packed a = saved(expected);
        Packed b = saved(actual);
        assertArrayEquals(a.numbers(), b.numbers(), "numbers");
        assertEquals(a.texts(), b.texts(), "texts");
        assertArrays(a.floatArrays(), b.floatArrays());
        assertEquals(a.doubleArrays().size(), b.doubleArrays().size());
        for (int k = 0; k < a.doubleArrays().size(); k++) {
            assertArrayEquals(a.doubleArrays().get(k), b.doubleArrays().get(k), "double array " + k);
        }
        for (int k = 0; k < expected.count(); k++) {
            assertEquals(expected.model(k).network().checksum(), actual.model(k).network().checksum());
        }
    }

    private static void assertArrays(List<float[]> a, List<float[]> b) {
        assertEquals(a.size(), b.size());
        for (int k = 0; k < a.size(); k++) {
            assertArrayEquals(a.get(k), b.get(k), "float array " + k);
        }
    }

    /** Training for {@code before} steps, handed over, and {@code after} more, compared with all of them in one copy. */
    private static Lanes assertHandOver(PageState state, int before, int after) {
        Lanes straight = new Lanes(state);
        straight.start();
        steps(straight, state, before + after);
        Lanes first = new Lanes(state);
        first.start();
        steps(first, state, before);
        Lanes second = handedOver(first, state);
        steps(second, state, after);
        assertSame(straight, second);
        return second;
    }

    @Test
    void everyCellGoesOnToTheSameBitsAfterAHandOver() {
        for (String cell : Cells.keys()) {
            assertEquals(30, assertHandOver(state(cell, ""), 12, 18).first().log().steps(), cell);
        }
    }

    @Test
    void comparedLanesATaskAndAnEditHandOverToo() {
        assertHandOver(state(Cells.keys()[0], Cells.keys()[Cells.keys().length - 1])
                .with(b -> b.task(new TaskChoice(1, 4))), 7, 13);

        PageState text = state(Cells.keys()[1], "");
        PageState edited = text.with(b -> b.sequence("cab bad dab"));
        Lanes whole = new Lanes(text);
        whole.start();
        steps(whole, text, 10);
        whole.apply(edited);
        whole.edited(text.sequence, Double.NEGATIVE_INFINITY);
        steps(whole, edited, 10);
        Lanes before = new Lanes(text);
        before.start();
        steps(before, text, 10);
        before.apply(edited);
        before.edited(text.sequence, Double.NEGATIVE_INFINITY);
        Lanes after = handedOver(before, edited);
        steps(after, edited, 10);
        assertSame(whole, after);
        assertEquals("abracadabra cab:10:0.01:5,10", after.first().plan().text());
        assertEquals(1, after.first().log().edits());
    }

    @Test
    void aLinkCaughtUpWithInTwoCopiesEndsWhereItWouldHave() {
        PageState state = state(Cells.keys()[2], "");
        TrainingPlan plan = TrainingPlan.parse("abra:6:0.03:off,9");
        Lanes straight = new Lanes(state);
        straight.follow(plan, state.sequence);
        steps(straight, state, 1); // a link's steps are all taken in one go here, whatever the pace
        assertFalse(straight.first().catchingUp());

        Lanes first = new Lanes(state);
        first.follow(plan, state.sequence);
        double[] clock = {0};
        first.run(state.sequence, () -> clock[0]++, 4, 1);
        assertTrue(first.first().catchingUp(), "part of the link is left");
        Lanes second = handedOver(first, state);
        assertTrue(second.first().catchingUp());
        steps(second, state, 1);
        assertSame(straight, second);
        assertEquals(15, second.first().plan().steps());
    }

    @Test
    void aCopyThatTrainedOnSendsOnlyItsNewStepsAndIsReadInWhenNeeded() {
        PageState state = state(Cells.keys()[0], "");
        Lanes page = new Lanes(state);
        page.start();
        steps(page, state, 10);
        Lanes worker = handedOver(page, state);
        steps(worker, state, 5);
        Packed newSteps = new Packed();
        Packed logs = new Packed();
        worker.save(newSteps, logs, NOW, new int[] {10});
        assertEquals(5, logs.doubleArrays().get(0).length, "the log's new losses only, apart");
        assertTrue(newSteps.doubleArrays().stream().noneMatch(values -> values.length == 5), "no log in the rest");

        int version = page.version();
        float[] shown = page.model(0).network().params()[0].w.clone();
        page.park(() -> sent(newSteps), sent(logs), 15);
        assertEquals(15, page.stepsTaken());
        assertEquals(15, page.first().log().steps(), "a parked state's log is read in at once");
        assertEquals(worker.first().log().loss(14), page.first().log().loss(14));
        assertArrayEquals(shown, page.model(0).network().params()[0].w, "the rest of a parked state is not read in yet");
        page.pause();
        assertNotEquals(version, page.version());
        assertArrayEquals(worker.model(0).network().params()[0].w, page.model(0).network().params()[0].w,
                "a change reads the parked state in first");
        assertEquals(15, page.first().log().steps());
        worker.pause();
        assertSame(worker, page);
    }

    @Test
    void aWorkerThatFailsWhileALinkIsCaughtUpWithLeavesItsLastStateShownAndTheStatusSaysSo() {
        PageState state = HashCodec.decode("#seq=abracadabra%20cab&seed=9&h=8&train=50").state;
        WidgetState widget = new WidgetState(state, () -> NOW);
        widget.start();
        Lanes worker = handedOver(widget.lanes(), state);
        worker.training(0).steps(state.sequence, 20);
        Packed rest = new Packed();
        Packed logs = new Packed();
        worker.save(rest, logs, NOW, new int[] {0});
        widget.parkTraining(() -> sent(rest), sent(logs), 20);
        assertTrue(TrainingText.status(widget.lanes(), widget.steps(), widget.halted()).startsWith("Running the link’s 50 training steps again… 20 done"));

        widget.trainingHalted("the training worker failed");
        assertEquals("The link’s training stopped at step 20 of 50.", TrainingText.status(widget.lanes(), widget.steps(), widget.halted()));
        assertArrayEquals(worker.model(0).network().params()[0].w, widget.model(0).network().params()[0].w,
                "the last state read in is shown");
        assertTrue(widget.lanes().first().catchingUp(), "the link's steps are still to be caught up with");
        widget.trainingHalted("");
        assertTrue(TrainingText.status(widget.lanes(), widget.steps(), widget.halted()).startsWith("Running the link’s 50"));
    }

    @Test
    void lanesThatOnlyTrainHandBackTheSameBitsAndThePageShowsThem() {
        for (String cell : Cells.keys()) {
            PageState state = state(cell, Cells.keys()[0]);
            Lanes straight = new Lanes(state);
            straight.start();
            steps(straight, state, 20);
            Lanes page = new Lanes(state);
            page.start();
            steps(page, state, 5);
            Lanes worker = Lanes.unseen(state);
            worker.load(sent(saved(page)), NOW);
            steps(worker, state, 15);
            assertNotEquals(straight.model(0).predictions().probability(3, 1), worker.model(0).predictions().probability(3, 1),
                    cell + ": the worker's lanes leave their models' values as they were");
            Packed held = Packed.holding(); // as the worker posts it: its own arrays, copied by the message
            worker.save(held, NOW, new int[worker.count()]);
            assertTrue(held.floatArrays().get(0) == worker.model(0).network().params()[0].w, "held, not copied");
            page.load(copied(held), NOW);
            assertSame(straight, page);
            for (int k = 0; k < state.sequence.length(); k++) {
                assertEquals(straight.model(0).predictions().probability(k, 2), page.model(0).predictions().probability(k, 2));
                assertEquals(straight.model(1).predictions().probability(k, 4), page.model(1).predictions().probability(k, 4));
            }
        }
    }

    @Test
    void onlyChangesOtherThanStepsMoveTheVersion() {
        PageState state = state(Cells.keys()[0], "");
        Lanes lanes = new Lanes(state);
        int version = lanes.version();
        lanes.start();
        assertEquals(version + 1, lanes.version());
        steps(lanes, state, 3);
        lanes.load(sent(saved(lanes)), NOW);
        assertEquals(version + 1, lanes.version());
        lanes.stopCatchingUp(state.sequence);
        assertEquals(version + 2, lanes.version());
    }
}
