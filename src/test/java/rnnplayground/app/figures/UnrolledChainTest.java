package rnnplayground.app.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.app.Choice;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.app.SymbolText;
import rnnplayground.app.WidgetState;

class UnrolledChainTest {
    private static final Model MODEL = new Model(new PageState("abracadabra", 2, 8));

    private static Figure of(int current) {
        return UnrolledChain.of("Plain RNN", MODEL.trajectory(), MODEL.predictions(), 3, current);
    }

    @Test
    void aBoxAStepWithItsSymbolItsStateAndItsGuessAndTheThreeMatrices() {
        Figure figure = of(4);
        for (int t = 0; t < 11; t++) {
            Box cell = figure.box("cell-" + t);
            assertEquals(String.valueOf(t), cell.label);
            assertEquals(Action.Kind.SELECT_STEP, cell.action.kind);
            assertEquals(t, cell.action.step);
            assertEquals(String.valueOf("abracadabra".charAt(t)), figure.box("input-" + t).label);
            assertNotNull(figure.arrow("input-" + t, "cell-" + t), "W_xh into step " + t);
            assertNotNull(figure.arrow(t == 0 ? "start" : "cell-" + (t - 1), "cell-" + t), "W_hh into step " + t);
            assertNotNull(figure.arrow("strip-" + t, "output-" + t), "W_hy out of step " + t);
            assertEquals(t, figure.strips.get(t).step);
        }
        assertEquals("W_xh", figure.arrow("input-4", "cell-4").label, "every step's arrows are named");
        assertEquals("W_hh", figure.arrow("cell-3", "cell-4").label);
        assertEquals("recurrent first", figure.arrow("start", "cell-0").kind, "the first step's, shown while none is read");
        assertEquals("recurrent", figure.arrow("cell-3", "cell-4").kind);
        Choice opened = figure.arrow("cell-3", "cell-4").action.choice;
        assertEquals(Choice.Grid.HIDDEN, opened.grid);
        assertEquals(3, opened.row);
        assertEquals(4, opened.step);
        Choice predicted = figure.box("output-4").action.choice;
        assertEquals(Choice.Grid.PREDICTIONS, predicted.grid);
        assertEquals(0, predicted.row, "the true next symbol, a");
        assertEquals("Step 4 of 11, symbol “c”: h_4 computed from x_4 and h_3; W_hy turns it into the prediction "
                + SymbolText.quoted(MODEL.predictions().top(4)) + " next.", figure.description);
    }

    @Test
    void longSequencesScrollRatherThanShrink() {
        Model long64 = new Model(new PageState("abracadabra abracadabra abracadabra abracadabra abracadabra abra", 2, 8));
        Figure figure = UnrolledChain.of("Plain RNN", long64.trajectory(), long64.predictions(), 0, -1);
        assertEquals(64, figure.strips.size());
        assertEquals(UnrolledChain.COLUMN, figure.box("cell-1").x - figure.box("cell-0").x, 0.0, "the same width a step");
        assertTrue(figure.width() > 64 * UnrolledChain.COLUMN);
        assertTrue(figure.description.startsWith("All 64 steps"));
    }

    @Test
    void theFiguresFollowTheStepReadAndTheChosenDimension() {
        WidgetState widget = new WidgetState(new PageState("abracadabra", 2, 8), () -> 0);
        widget.start();
        assertEquals(-1, Focus.step(widget), "every step shown, none read");
        assertEquals(10, Focus.stepOrLast(widget));
        widget.selectStep(6);
        assertEquals(6, Focus.step(widget));
        assertEquals(0, Focus.dimension(widget));
        widget.colourBy(5);
        assertEquals(5, Focus.dimension(widget));
        widget.openCell(new Choice(0, Choice.Grid.HIDDEN, 0, 2, 3));
        assertEquals(2, Focus.dimension(widget), "the chosen value's dimension first");
        widget.replay(false);
        assertEquals(3, Focus.step(widget), "with no step read, the chosen value's step");
    }
}
