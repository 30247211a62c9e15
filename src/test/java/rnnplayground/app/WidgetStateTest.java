package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        assertTrue(widget.panelOpen());
        widget.closePanel();
        assertFalse(widget.panelOpen());
        assertTrue(widget.choice().isMade(), "closing the arithmetic keeps the value chosen");
        assertEquals("h:1,6", widget.page().open.text(), "and in the link");
        assertEquals(6, widget.measures().influenceUpTo(0), "and the influence rows of it");
        widget.clearChoice();
        assertFalse(widget.choice().isMade());
        assertEquals("", widget.page().open.text());
        assertEquals(9, widget.measures().influenceUpTo(0));
    }

    /** Every loss and gradient norm of the first lane's log. */
    private static double[] logged(WidgetState widget) {
        TrainingLog log = widget.lanes().first().log();
        double[] values = new double[2 * log.steps()];
        for (int k = 0; k < log.steps(); k++) {
            values[2 * k] = log.loss(k);
            values[2 * k + 1] = log.gradientNorm(k);
        }
        return values;
    }

    @Test
    void undoBringsBackTheTrainedNetworksExactlyAndTrainingTheNewOnesLetsThemGo() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8).with(b -> b.compare(Cells.keys()[1])));
        widget.toggleTraining();
        for (int frame = 0; frame < 25; frame++) {
            widget.trainFrame(1000, 2);
        }
        widget.toggleTraining();
        int[] checksums = {widget.model(0).network().checksum(), widget.model(1).network().checksum()};
        String plan = widget.page().training.text();
        double[] log = logged(widget);
        PageState before = widget.page();
        assertEquals("50", plan);
        assertEquals("", widget.setAsideSentence(), "nothing set aside yet");

        widget.setRecurrentScale(before.recurrentScale + 2);
        assertEquals(0, widget.lanes().first().plan().steps(), "new networks start at step 0");
        assertEquals("0", widget.page().training.text(), "and the link says so");
        assertTrue(widget.setAsideSentence().startsWith("New networks for ρ "), widget.setAsideSentence());
        assertTrue(widget.setAsideSentence().contains("trained for 50 steps"), widget.setAsideSentence());
        widget.setRecurrentScale(before.recurrentScale + 4);
        assertTrue(widget.setAsideSentence().contains("trained for 50 steps"), "still kept past an untrained change");

        widget.undoNetworks();
        assertTrue(recorder.last().has(Change.NETWORKS) && recorder.last().has(Change.TRAINING));
        assertEquals("", widget.setAsideSentence());
        assertEquals(before.recurrentScale, widget.page().recurrentScale);
        assertEquals(checksums[0], widget.model(0).network().checksum(), "the same weights");
        assertEquals(checksums[1], widget.model(1).network().checksum(), "the compared network's too");
        assertEquals(plan, widget.page().training.text(), "the same plan in the link");
        assertEquals(HashCodec.encode(before), HashCodec.encode(widget.page()), "the same link");
        assertArrayEquals(log, logged(widget), "the same log: the same chart");
        widget.toggleTraining();
        widget.trainFrame(1000, 2);
        assertEquals(52, widget.lanes().first().plan().steps(), "its training goes on where it was");
        PageState alone = widget.page().with(b -> b.training(TrainingPlan.parse("52")));
        Model fresh = new Model(alone);
        Training again = new Training(fresh, alone.stepSettings());
        again.follow(alone.training, alone.sequence);
        while (again.busy()) {
            again.run(alone.sequence, () -> 0, 0, Integer.MAX_VALUE);
        }
        assertEquals(fresh.network().checksum(), widget.model(0).network().checksum(),
                "the same bits as 52 steps in one run: its optimizer's moments came back too");

        widget.toggleTraining();
        widget.setHiddenSize(12);
        assertTrue(widget.setAsideSentence().contains("hidden size 12"), widget.setAsideSentence());
        widget.toggleTraining();
        assertEquals("", widget.setAsideSentence(), "training the new networks lets the old ones go");
    }

    @Test
    void newNetworksKeepTheChoiceWhereTheyHaveIt() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        widget.openCell(new Choice(0, Choice.Grid.HIDDEN, 0, 5, 6));
        widget.setRecurrentScale(12);
        assertTrue(widget.choice().isMade() && widget.panelOpen(), "the value stays chosen, its arithmetic open");
        assertEquals("h:5,6", widget.page().open.text());
        assertEquals(6, widget.measures().influenceUpTo(0), "its influence, of the new network");
        widget.setHiddenSize(4);
        assertFalse(widget.choice().isMade(), "dimension 5 is gone at size 4");
        assertEquals("", widget.page().open.text());
    }

    @Test
    void aPinnedRowStaysAcrossAChangeOfNetworksAndTheRowsDoNot() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        widget.openCell(new Choice(0, Choice.Grid.HIDDEN, 0, 2, 10));
        double[] before = new double[11];
        for (int t = 0; t <= 10; t++) {
            before[t] = widget.measures().influence(0).hiddenNorm(t);
        }
        widget.pinInfluence();
        assertTrue(recorder.last().has(Change.CHOICE));
        assertArrayEquals(before, widget.measures().pinned());
        assertTrue(widget.measures().pinnedCaption().startsWith("Pinned ∂h on h[2, 10], as it was: "),
                widget.measures().pinnedCaption());
        assertTrue(widget.measures().pinnedCaption().contains("ρ 0.9"), widget.measures().pinnedCaption());
        widget.setRecurrentScale(CellSettings.RECURRENT_SCALE_TEXTS.length - 1);
        assertArrayEquals(before, widget.measures().pinned(), "the pinned row is the one of ρ 0.9");
        assertTrue(widget.measures().influence(0).hiddenNorm(0) != before[0], "the live row is of the new network");
        widget.unpinInfluence();
        assertEquals(0, widget.measures().pinned().length);
    }

    @Test
    void theRecurrentScalesReadoutFollowsTraining() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        String untrained = widget.measures().memoryReadout(widget.lanes());
        widget.toggleTraining();
        for (int frame = 0; frame < 40; frame++) {
            clock[0] += 100;
            widget.trainFrame(1000, 2);
        }
        String training = widget.measures().memoryReadout(widget.lanes());
        assertTrue(!training.equals(untrained), "measured again while training: " + training);
        assertFalse(training.contains("Measured at step"), "cheap at this size: measured, not stale: " + training);
    }

    @Test
    void theOpenPanelsAndTheDetectorAreInTheLink() {
        WidgetState widget = widget(new PageState("abracadabra", 1, 16));
        widget.setPanels(Panels.DEFAULT | Panels.bit(2) | Panels.bit(4));
        widget.setDetector(2);
        assertTrue(recorder.last().has(Change.LINK));
        assertEquals("seq=abracadabra&seed=1&h=16&panels=inspect,weights&detector=r", HashCodec.encode(widget.page()));
        PageState read = HashCodec.decode("#" + HashCodec.encode(widget.page())).state;
        assertEquals(widget.page().panels, read.panels);
        assertEquals(2, read.detector);
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
