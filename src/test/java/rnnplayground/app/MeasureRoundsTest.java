package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.Influence;
import rnnplayground.core.Param;

class MeasureRoundsTest {
    private static final String SEQUENCE = "abracadabra cab";
    private static final int PIECES = 2 + Alphabet.SIZE;

    @Test
    void aRoundsRowsAreTheStateItCopiedMeasuredAtOnceWhateverTrainingDidSince() {
        for (String cell : Cells.keys()) {
            Model model = new Model(cell, 3, 8, 0, SEQUENCE);
            Model then = new Model(cell, 3, 8, 0, SEQUENCE);
            Model moved = new Model(cell, 3, 8, 0, SEQUENCE);
            Measures measures = new Measures();
            measures.networks(new Model[] {model});
            MeasureRounds rounds = new MeasureRounds();
            rounds.networks(new Model[] {model});
            int measured = rounds.next(new Model[] {model}, measures, Choice.NONE, false);
            assertEquals(0, measured, "the first piece copies the lane");
            moveWeights(model); // training goes on: the round measures the state it copied
            moveWeights(moved);
            measured = rounds.next(new Model[] {model}, measures, Choice.NONE, false);
            assertEquals(Change.CHOICE, measured);
            for (int piece = 2; piece < PIECES; piece++) {
                moveWeights(model);
                moveWeights(moved);
                measured = rounds.next(new Model[] {model}, measures, Choice.NONE, false);
                assertEquals(piece == PIECES - 1 ? Change.REACH : 0, measured, cell + ", piece " + piece);
            }
            assertArrayEquals(ChangeReach.ofFirstSymbol(then.network(), then.trajectory()), measures.reach(0), cell);
            Influence expected = new Influence(then.network());
            expected.ofLoss(then.trajectory());
            assertEquals(SEQUENCE.length() - 2, measures.influenceUpTo(0));
            for (int t = 0; t <= measures.influenceUpTo(0); t++) {
                assertEquals(expected.hiddenNorm(t), measures.influence(0).hiddenNorm(t), cell + ", step " + t);
                assertEquals(expected.inputNorm(t), measures.influence(0).inputNorm(t), cell + ", step " + t);
            }
            assertEquals(moved.network().checksum(), model.network().checksum(), cell + ": the lane's own weights are left as they were");
            assertNotEquals(ChangeReach.ofFirstSymbol(model.network(), model.trajectory())[3], measures.reach(0)[3],
                    cell + ": the weights did move meanwhile");
        }
    }

    @Test
    void trainingSettledShowsTheNetworksOwnRowsAndEachLaneIsMeasuredInTurnMeanwhile() {
        double[] clock = {0};
        String[] keys = Cells.keys();
        WidgetState widget = new WidgetState(new PageState("abracadabra", 3, 8).with(b -> b.cell(keys[2]).compare(keys[1])),
                () -> clock[0]);
        int[] reached = new int[1];
        widget.subscribe((w, change) -> reached[0] += change.has(Change.REACH) && change.has(Change.FRAME) ? 1 : 0);
        widget.start();
        double[] untrained = widget.measures().reach(1).clone();
        widget.toggleTraining();
        for (int frame = 0; frame < 2 * PIECES; frame++) {
            clock[0] += 16;
            widget.trainFrame(1000, 2);
        }
        assertEquals(2, reached[0], "a reach row a lane, a piece a frame");
        assertTrue(widget.measures().reach(1)[2] != untrained[2], "the compared lane's row followed training");
        widget.toggleTraining();
        for (int lane = 0; lane < 2; lane++) {
            Model model = widget.model(lane);
            assertArrayEquals(ChangeReach.ofFirstSymbol(model.network(), model.trajectory()), widget.measures().reach(lane));
            Influence expected = new Influence(model.network());
            expected.ofLoss(model.trajectory());
            for (int t = 0; t <= widget.measures().influenceUpTo(lane); t++) {
                assertEquals(expected.hiddenNorm(t), widget.measures().influence(lane).hiddenNorm(t));
            }
        }
    }

    /** A step's worth of change to every weight, as training makes; the trajectory follows. */
    private static void moveWeights(Model model) {
        for (Param param : model.network().params()) {
            for (int i = 0; i < param.w.length; i++) {
                param.w[i] = (float) (param.w[i] * 1.01 + 0.001);
            }
        }
        model.weightsChanged();
    }
}
