package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;

class WidgetStateTest {
    /** A view that keeps every change it is shown. */
    private static final class Recorder implements WidgetState.View {
        final List<Change> changes = new ArrayList<>();

        @Override
        public void show(WidgetState widget, Change change) {
            changes.add(change);
        }

        Change last() {
            return changes.get(changes.size() - 1);
        }
    }

    private final double[] clock = {0};
    private final Recorder recorder = new Recorder();

    private WidgetState widget(PageState page) {
        WidgetState widget = new WidgetState(page, () -> clock[0]);
        widget.subscribe(recorder);
        widget.start();
        return widget;
    }

    @Test
    void aViewSubscribedInOneLineIsShownEverythingFirst() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        assertEquals(1, recorder.changes.size());
        Change first = recorder.last();
        for (int flag : new int[] {Change.NETWORKS, Change.LAYOUT, Change.VALUES, Change.POSITION, Change.CHOICE,
            Change.REACH, Change.MEMORY, Change.SAMPLE, Change.SETTINGS, Change.LINK, Change.TRAINING}) {
            assertTrue(first.has(flag), "flag " + flag);
        }
        assertFalse(first.has(Change.FRAME));
        assertEquals(11, widget.playback().position(), "every step shown");
        assertEquals(11, widget.measures().reach(0).length);
    }

    @Test
    void theOneRuleSaysWhatEachSettingNeeds() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        widget.setHiddenSize(12);
        assertTrue(recorder.last().has(Change.NETWORKS), "a new hidden size needs new networks");
        assertEquals(12, widget.trajectory().hiddenSize());
        widget.setRecurrentScale(3);
        assertTrue(recorder.last().has(Change.NETWORKS), "so does ρ");
        widget.setGates(true);
        assertTrue(recorder.last().has(Change.LAYOUT) && !recorder.last().has(Change.NETWORKS),
                "gates need a layout, not new networks");
        widget.colourBy(5);
        Change colour = recorder.last();
        assertTrue(colour.has(Change.COLOURING) && colour.has(Change.LINK));
        assertFalse(colour.hasAny(Change.LAYOUT | Change.NETWORKS | Change.VALUES), "a colouring is only a redraw");
        widget.setTemperature(3);
        assertTrue(recorder.last().has(Change.SAMPLE) && !recorder.last().has(Change.LAYOUT));
        widget.setHiddenSize(4);
        assertEquals(-1, widget.page().colour, "a dimension the new size does not have is no longer the colouring");
    }

    @Test
    void anEditChangesValuesFromItsFirstStepAndClosesTheChoice() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        widget.openCell(new Choice(0, Choice.Grid.HIDDEN, 0, 2, 5));
        assertEquals("h:2,5", widget.page().open.text());
        assertTrue(recorder.last().has(Change.CHOICE));
        widget.edit("abracad");
        Change edit = recorder.last();
        assertTrue(edit.has(Change.VALUES) && edit.has(Change.EDIT) && edit.has(Change.LINK));
        assertEquals(7, edit.from, "the common start keeps its values");
        assertEquals(-1, widget.changedFrom(), "nothing is left to outline when the edit only cut the end");
        widget.edit("abracadx".replace('x', 'b'));
        assertEquals(7, widget.changedFrom());
        assertEquals("Step 7 changed; steps 0–6 did not: a change can only travel forward.", widget.editSentence());
        assertFalse(widget.choice().isMade());
        assertEquals("", widget.page().open.text());
        widget.dismissEdit();
        assertEquals(-1, widget.changedFrom());
        assertEquals("", widget.editSentence());
    }

    @Test
    void aMeasuredRowOpensNothingAndAStateChoiceIsWhatTheInfluenceRowsAreOf() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        int shown = recorder.changes.size();
        widget.openCell(new Choice(0, Choice.Grid.REACH, 0, 0, 4));
        assertEquals(shown, recorder.changes.size(), "no change");
        assertEquals(9, widget.measures().influenceUpTo(0), "before a choice, the rows are of the loss");
        widget.openCell(new Choice(0, Choice.Grid.HIDDEN, 0, 1, 6));
        assertEquals(6, widget.measures().influenceUpTo(0));
        assertTrue(widget.measures().influenceCaption(0).contains("h[1, 6]"));
        widget.closeCell();
        assertFalse(widget.choice().isMade());
        assertEquals(9, widget.measures().influenceUpTo(0));
    }

    @Test
    void aFurtherStateChoiceNamesTheStateTheCellDeclares() {
        String cell = null;
        for (String key : Cells.keys()) {
            if (Cells.kind(key).furtherState.length > 0) {
                cell = key;
            }
        }
        String withState = cell;
        WidgetState widget = widget(new PageState("abracadabra", 3, 8).with(b -> b.cell(withState)));
        widget.openCell(new Choice(0, Choice.Grid.STATE, 0, 1, 6));
        String symbol = Cells.kind(cell).furtherState[0].symbol;
        assertTrue(widget.measures().influenceCaption(0).contains(symbol + "[1, 6]"),
                widget.measures().influenceCaption(0));
        assertTrue(ValueText.describe(widget, 0, Choice.Grid.STATE, 0, 1, 6).startsWith(symbol + ", dimension 1"));
    }

    @Test
    void trainingFramesThenItsEndSettleEveryView() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        widget.toggleTraining();
        assertTrue(widget.training());
        for (int frame = 0; frame < 8; frame++) {
            widget.trainFrame(1000, 2);
            assertTrue(recorder.last().has(Change.FRAME) && recorder.last().has(Change.VALUES));
            assertFalse(recorder.last().has(Change.SETTLED));
        }
        assertEquals(16, widget.lanes().first().plan().steps(), "two steps a frame, to be watched");
        widget.toggleTraining();
        Change settled = recorder.last();
        assertTrue(settled.has(Change.SETTLED) && settled.has(Change.LINK) && settled.has(Change.CHOICE));
        assertEquals(16, widget.page().training.steps(), "the link holds the steps taken");
        widget.toggleTraining();
        widget.resetTraining();
        assertTrue(recorder.last().has(Change.SETTLED), "a reset ends the run too");
        assertEquals(0, widget.page().training.steps());
    }

    @Test
    void aLinksTrainingIsRunFirstAndTheLinkKeepsItsPlanUntilThen() {
        PageState linked = HashCodec.decode("#seq=abracadabra&seed=3&h=8&train=30").state;
        WidgetState widget = widget(linked);
        assertTrue(widget.training());
        widget.trainFrame(0, 2);
        assertEquals(30, widget.page().training.steps(), "while catching up, the link's plan stays");
        while (widget.training()) {
            widget.trainFrame(1000, 2);
        }
        assertTrue(recorder.last().has(Change.SETTLED));
        assertEquals(30, widget.lanes().first().plan().steps());
        assertEquals(trainedAlone(linked), widget.model(0).network().checksum());
    }

    /** The checksum of the first network after the link's plan, trained without any view. */
    private static int trainedAlone(PageState state) {
        Model model = new Model(state);
        Training training = new Training(model, state.stepSettings());
        training.follow(state.training, state.sequence);
        while (training.busy()) {
            training.run(state.sequence, () -> 0, 0, Integer.MAX_VALUE);
        }
        return model.network().checksum();
    }

    @Test
    void playbackMovesAreChangesOfPositionOnly() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        widget.selectStep(4);
        assertEquals(4, widget.playback().currentStep());
        assertEquals(Change.POSITION, recorder.last().flags);
        widget.replay(true);
        assertEquals(1, widget.playback().position());
        clock[0] += 1000;
        widget.tick();
        assertEquals(Change.POSITION, recorder.last().flags);
        widget.replay(false);
        assertEquals(11, widget.playback().position(), "without animation every step shows at once");
    }
}
