package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;
import rnnplayground.core.Network;
import rnnplayground.core.RecallTask;
import rnnplayground.core.TaskTrainer;

/** The widget's networks trained on a task: chosen, linked, and replayed from a link to the same bits. */
class TaskTrainingTest {
    private final double[] clock = {0};

    private WidgetState widget(PageState page) {
        WidgetState widget = new WidgetState(page, () -> clock[0]);
        widget.start();
        return widget;
    }

    /** Frames of training until {@code steps} are taken, a few steps a frame. */
    private static void train(WidgetState widget, int steps) {
        if (!widget.lanes().first().running()) {
            widget.toggleTraining();
        }
        while (widget.lanes().first().plan().steps() < steps) {
            widget.trainFrame(1000, 3);
        }
        widget.toggleTraining();
    }

    /** The widget a link opens, once it has run the link's steps again. */
    private WidgetState opened(String link) {
        HashCodec.Decoded decoded = HashCodec.decode(link);
        assertEquals("", decoded.problem, link);
        WidgetState widget = widget(decoded.state);
        while (widget.training()) {
            widget.trainFrame(1000, 2);
        }
        return widget;
    }

    @Test
    void aTaskChosenTravelsInTheLinkAndStartsTrainingOver() {
        WidgetState widget = widget(new PageState("abracadabra", 3, 8));
        train(widget, 6);
        assertEquals(6, widget.page().training.steps());
        assertFalse(HashCodec.encode(widget.page()).contains("task="), "the free text is left out of a link");
        widget.setTask(TaskChoice.parse("recall:4"));
        assertEquals(0, widget.lanes().first().plan().steps(), "a new task means new networks");
        assertEquals(0, widget.page().training.steps());
        assertEquals(new Model(widget.page()).network().checksum(), widget.model(0).network().checksum(),
                "the seed's untrained weights");
        String link = HashCodec.encode(widget.page());
        assertTrue(link.endsWith("&task=recall:4"), link);
        assertEquals(TaskChoice.parse("recall:4"), HashCodec.decode(link).state.task);
    }

    @Test
    void aLinksStepsOnATaskDrawTheSameSequencesAsTheLiveRun() {
        WidgetState live = widget(new PageState("abracadabra", 5, 8).with(b -> b.compare(Cells.keys()[1])
                .task(TaskChoice.parse("recall:4"))));
        train(live, 20);
        live.edit("cab");
        assertTrue(live.lanes().first().plan().earlier.isEmpty(), "recall does not read the box: no new part");
        train(live, 31);
        live.setStepSettings(new StepSettings(6, TrainingSettings.DEFAULT_CLIP));
        train(live, 40);
        String link = HashCodec.encode(live.page());
        assertTrue(link.contains("task=recall:4") && link.contains("train=cab:"), link);

        WidgetState opened = opened(link);
        for (int lane = 0; lane < 2; lane++) {
            assertEquals(live.model(lane).network().checksum(), opened.model(lane).network().checksum(),
                    "lane " + lane + ": the same weights, bit for bit");
        }
    }

    @Test
    void theWidgetsStepsOnRecallAreTheTaskTrainersFromTheWeightsSeed() {
        WidgetState widget = widget(new PageState("abracadabra", 9, 8).with(b -> b.task(TaskChoice.parse("recall:6"))));
        train(widget, 25);
        int steps = widget.lanes().first().plan().steps();
        TaskTrainer direct = new TaskTrainer(Network.random(Cells.first(), 9, 8, Cells.DEFAULT_RECURRENT_SCALE),
                new RecallTask(6), 9);
        for (int k = 0; k < steps; k++) {
            direct.step();
        }
        assertEquals(direct.trainer().network().checksum(), widget.model(0).network().checksum());
    }

    @Test
    void theNoisyTextTrainsOnTheBoxAndAnEditStartsAPart() {
        WidgetState live = widget(new PageState("abracadabra", 4, 8).with(b -> b.task(TaskChoice.parse("noisy:20"))));
        train(live, 12);
        live.edit("cab dab");
        clock[0] += Training.EDIT_HOLD_MS;
        train(live, 21);
        assertEquals(1, live.lanes().first().plan().earlier.size(), "the noisy text is the box's: an edit is a new part");
        WidgetState opened = opened(HashCodec.encode(live.page()));
        assertEquals(live.model(0).network().checksum(), opened.model(0).network().checksum());
    }

    @Test
    void aTaskOfItsOwnTrainsWithAnEmptyBox() {
        WidgetState widget = widget(new PageState("", 2, 8).with(b -> b.task(TaskChoice.parse("count:3"))));
        train(widget, 5);
        assertTrue(widget.lanes().first().plan().steps() >= 5);
        assertEquals("", widget.lanes().stopReason());
    }
}
