package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;

class PlateauTest {
    @Test
    void aFlatLossStopsAfterTheWindowAndAFallingOneDoesNot() {
        Plateau flat = new Plateau();
        for (int k = 0; k < Plateau.WINDOW; k++) {
            flat.add(0.5);
            assertFalse(flat.reached(), "step " + k);
        }
        flat.add(0.5);
        assertTrue(flat.reached());

        Plateau falling = new Plateau();
        for (int k = 0; k < 5 * Plateau.WINDOW; k++) {
            falling.add(1.5 - k * 2 * Plateau.TOLERANCE / 10); // a tolerance every five steps
            assertFalse(falling.reached(), "step " + k);
        }
    }

    @Test
    void spikesDoNotPostponeTheStopAndANewLowDoes() {
        Plateau plateau = new Plateau();
        plateau.add(0.2);
        for (int k = 1; k < Plateau.WINDOW; k++) {
            plateau.add(k % 10 == 0 ? 2.0 : 0.2);
        }
        assertFalse(plateau.reached());
        plateau.add(0.2);
        assertTrue(plateau.reached(), "a spike up is no progress");
        plateau.restart();
        assertFalse(plateau.reached(), "Train again: another window");
        for (int k = 0; k < Plateau.WINDOW / 2; k++) {
            plateau.add(0.1); // the smoothed loss falls well past a tolerance: a new low
        }
        for (int k = 0; k < Plateau.WINDOW - 10; k++) {
            plateau.add(0.1);
        }
        assertFalse(plateau.reached(), "counted from the last new low");
    }

    @Test
    void theSentenceSaysTheRule() {
        assertEquals("Stopped: the loss no longer fell over the last 100 steps (not by 0.001 nats per symbol or more, "
                + "smoothed). Press Train to go on.", Plateau.sentence());
    }

    /**
     * Train pressed at the defaults, frame by frame at the page's pace (two steps a frame), for every cell:
     * training stops by itself, says why in the status, and goes on when Train is pressed again.
     */
    @Test
    void trainingAtTheDefaultsStopsByItselfAndGoesOnWhenAsked() {
        StringBuilder measured = new StringBuilder();
        for (String cell : Cells.keys()) {
            WidgetState widget = new WidgetState(PageState.DEFAULT.with(b -> b.cell(cell)), () -> 0);
            widget.start();
            widget.toggleTraining();
            int frames = 0;
            while (widget.training() && frames < 5000) {
                widget.trainFrame(8, 2);
                frames++;
            }
            int steps = widget.lanes().first().plan().steps();
            measured.append(cell).append(' ').append(steps).append(" steps (").append(frames / 60).append(" s at 60 frames a second); ");
            assertTrue(widget.lanes().plateaued(), cell);
            assertTrue(steps < 60 * 60 * 2, cell + ": within a minute at two steps a frame: " + steps);
            String status = TrainingText.status(widget.lanes(), widget.steps(), "");
            assertTrue(status.contains("the loss no longer fell over the last 100 steps"), status);
            assertTrue(status.startsWith("Step " + NumberText.grouped(steps) + " · loss "), status);
            widget.toggleTraining();
            assertFalse(widget.lanes().plateaued());
            for (int frame = 0; frame < 10; frame++) {
                widget.trainFrame(8, 2);
            }
            assertEquals(steps + 20, widget.lanes().first().plan().steps(), cell + ": Train goes on");
        }
        System.out.println("stops at the defaults: " + measured);
    }

    @Test
    void aLinksStepsAreAllTakenWhateverTheLoss() {
        WidgetState widget = new WidgetState(HashCodec.decode("#seq=abracadabra&seed=1&h=16&train=1500").state, () -> 0);
        widget.start();
        while (widget.training()) {
            widget.trainFrame(1000, 2);
        }
        assertEquals(1500, widget.lanes().first().plan().steps());
        assertFalse(widget.lanes().plateaued());
    }
}
