package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Predictions;
import rnnplayground.core.Trainer;

class TrainingTest {
    private static final StepSettings RATE = StepSettings.DEFAULT;

    /** A clock that moves on by one millisecond each time it is read. */
    private static final class Ticking {
        double now;

        double read() {
            return now++;
        }
    }

    @Test
    void aSliceTakesStepsUntilItsBudgetIsSpent() {
        Model model = new Model(PageState.DEFAULT);
        Training training = new Training(model, RATE);
        Ticking clock = new Ticking();
        assertEquals(0, training.run(PageState.DEFAULT.sequence, clock::read, 10, Integer.MAX_VALUE), "nothing runs before Train");
        training.start();
        int taken = training.run(PageState.DEFAULT.sequence, clock::read, 10, Integer.MAX_VALUE);
        assertTrue(taken >= 9 && taken <= 11, "steps in a 10 ms budget at 1 ms a read: " + taken);
        assertEquals(2, training.run(PageState.DEFAULT.sequence, clock::read, 10, 2), "at most the pace");
        assertEquals(taken + 2, training.plan().current);
        assertEquals(taken + 2, training.log().steps());
        training.pause();
        assertEquals(0, training.run(PageState.DEFAULT.sequence, clock::read, 10, Integer.MAX_VALUE));
    }

    @Test
    void aLinksPlanComesOutAsTheLiveRunDid() {
        PageState state = new PageState("abracadabra", 7, 12);
        Model live = new Model(state);
        Training training = new Training(live, RATE);
        training.start();
        Ticking clock = new Ticking();
        training.run("abracadabra", clock::read, 5, Integer.MAX_VALUE);
        assertTrue(training.edited("abracadabra", clock.now));
        PageState edited = state.withSequence("cab dab");
        live.apply(edited);
        assertEquals(0, training.run("cab dab", clock::read, 3, Integer.MAX_VALUE), "held while the edit is typed");
        clock.now += Training.EDIT_HOLD_MS;
        training.run("cab dab", clock::read, 3, Integer.MAX_VALUE);
        assertTrue(training.setSettings(new StepSettings(6, TrainingSettings.DEFAULT_CLIP), "cab dab"));
        training.run("cab dab", clock::read, 2, Integer.MAX_VALUE);
        TrainingPlan plan = training.plan();
        assertEquals(2, plan.earlier.size());
        assertTrue(plan.current > 0);
        assertEquals(plan.earlier.get(0).steps, training.log().editAt(0));
        PageState link = edited.with(b -> b.learningRate(6).training(plan));

        Model opened = new Model(link);
        Training replay = new Training(opened, link.stepSettings());
        replay.follow(TrainingPlan.parse(plan.text()), "cab dab");
        assertTrue(replay.catchingUp());
        while (replay.catchingUp()) {
            replay.run("cab dab", clock::read, 2, 1); // a link's steps are not held to the pace
        }
        assertEquals(plan.text(), replay.plan().text());
        assertEquals(live.network().checksum(), opened.network().checksum(), "the same weights, bit for bit");
        assertFalse(replay.running(), "a link's steps taken, training waits for Train");

        Network direct = Network.random("rnn", 7, 12, 0.9);
        Trainer trainer = new Trainer(direct);
        for (int k = 0; k < plan.earlier.get(0).steps; k++) {
            trainer.step(Alphabet.encode("abracadabra"));
        }
        for (int k = 0; k < plan.earlier.get(1).steps; k++) {
            trainer.step(Alphabet.encode("cab dab"));
        }
        trainer.setLearningRate(0.1);
        for (int k = 0; k < plan.current; k++) {
            trainer.step(Alphabet.encode("cab dab"));
        }
        assertEquals(direct.checksum(), opened.network().checksum());
    }

    @Test
    void trainingStopsAtTheStepLimit() {
        Model model = new Model(new PageState("ab", 1, 4));
        Training training = new Training(model, RATE);
        training.follow(TrainingPlan.parse(String.valueOf(TrainingSettings.MAX_STEPS)), "ab");
        training.start();
        Ticking clock = new Ticking();
        while (training.busy()) {
            training.run("ab", () -> clock.now, 0, Integer.MAX_VALUE);
        }
        assertEquals(TrainingSettings.MAX_STEPS, training.plan().steps());
        assertTrue(training.stopReason().contains("stops at 1,000,000"), "[" + training.stopReason() + "]");
    }

    @Test
    void aFullPlanRefusesAnotherText() {
        Model model = new Model(PageState.DEFAULT);
        Training training = new Training(model, RATE);
        training.start();
        for (int k = 0; k <= TrainingSettings.MAX_TEXTS; k++) {
            training.run(PageState.DEFAULT.sequence, () -> 1e9, 0, Integer.MAX_VALUE);
            boolean kept = training.edited("abracadabra", 0);
            assertEquals(k < TrainingSettings.MAX_TEXTS, kept);
        }
        assertFalse(training.running());
        assertTrue(training.stopReason().contains("Reset training"));
    }

    /** A text on which the plain RNN at hidden size 16, seed 1, diverges within a few steps at a learning rate of 1. */
    static final String DIVERGING = "abracadabra abracadabra cab dab rad bad";
    private static final int RATE_1 = TrainingSettings.LEARNING_RATES.length - 1;

    /** Trains {@code training} on {@code sequence} until it stops or {@code limit} steps are taken. */
    private static void trainUntilItStops(Training training, String sequence, int limit) {
        training.start();
        while (training.busy() && training.plan().steps() < limit) {
            training.steps(sequence, 1);
        }
    }

    private static void assertFinite(Model model) {
        model.weightsChanged();
        for (Param param : model.network().params()) {
            for (float w : param.w) {
                assertTrue(Math.abs(w) <= Float.MAX_VALUE, param.name);
            }
        }
        assertTrue(Math.abs(model.loss()) <= Double.MAX_VALUE, "loss " + model.loss());
        for (int t = 0; t < model.trajectory().steps(); t++) {
            for (int k = 0; k < Alphabet.SIZE; k++) {
                assertTrue(model.predictions().probability(t, k) >= 0, "p at " + t);
            }
        }
    }

    @Test
    void theUniformGuessIsLnSix() {
        assertEquals(Math.log(6), Predictions.uniformLoss(), 1e-15);
    }

    @Test
    void aDivergingRunStopsWithTheLastGoodWeights() {
        PageState state = new PageState(DIVERGING, 1, 16).with(b -> b.learningRate(RATE_1));
        Model model = new Model(state);
        int untrained = model.network().checksum();
        Training training = new Training(model, state.stepSettings());
        trainUntilItStops(training, DIVERGING, 1000);
        assertTrue(training.plan().steps() < 30, "it stops within a few steps: " + training.plan().steps());
        assertFalse(training.running());
        assertEquals("The loss diverged: lower the learning rate (now 1) and reset training. The weights are those of"
                + " step 0, the last good ones.", training.stopReason());
        assertEquals(untrained, model.network().checksum(), "the untrained weights are put back");
        assertFinite(model);
        double highest = 0;
        for (int k = 0; k < training.log().steps(); k++) {
            highest = Math.max(highest, training.log().loss(k));
        }
        assertTrue(highest > 2 * Predictions.uniformLoss(), "it did diverge: " + highest);
        training.start();
        assertFalse(training.busy(), "no more steps until training is reset");
    }

    @Test
    void theWeightsPutBackAreThoseOfTheStepItNames() {
        PageState state = new PageState("abracadabra", 1, 16);
        Model model = new Model(state);
        Training training = new Training(model, state.stepSettings());
        trainUntilItStops(training, "abracadabra", 100);
        training.pause();
        assertTrue(training.setSettings(new StepSettings(RATE_1, TrainingSettings.DEFAULT_CLIP), DIVERGING));
        trainUntilItStops(training, DIVERGING, 1000);
        String reason = training.stopReason();
        assertTrue(reason.startsWith("The loss diverged: lower the learning rate (now 1)"), reason);
        int step = Integer.parseInt(reason.replaceAll(".*those of step ([0-9]+),.*", "$1"));
        assertTrue(step >= 90 && step <= 100, reason);

        Network again = Network.random("rnn", 1, 16, CellSettings.recurrentScale(PageState.DEFAULT.recurrentScale));
        Trainer trainer = new Trainer(again);
        for (int k = 0; k < step; k++) {
            trainer.step(Alphabet.encode("abracadabra"));
        }
        assertEquals(again.checksum(), model.network().checksum(), "the weights after step " + step);
        assertFinite(model);
    }

    @Test
    void aLinkToADivergedRunStopsAtTheSameStepWithTheSameWeights() {
        PageState state = new PageState(DIVERGING, 1, 16).with(b -> b.learningRate(RATE_1));
        Model live = new Model(state);
        Training training = new Training(live, state.stepSettings());
        trainUntilItStops(training, DIVERGING, 1000);

        Model opened = new Model(state);
        Training replay = new Training(opened, state.stepSettings());
        replay.follow(TrainingPlan.parse(training.plan().text()), DIVERGING);
        while (replay.busy()) {
            replay.run(DIVERGING, () -> 0, 0, Integer.MAX_VALUE);
        }
        assertEquals(training.plan().text(), replay.plan().text());
        assertEquals(training.stopReason(), replay.stopReason());
        assertEquals(live.network().checksum(), opened.network().checksum());
    }

    @Test
    void aValueThatOverflowsStopsTrainingWithTheLastGoodWeights() {
        Model model = new Model(PageState.DEFAULT);
        Training training = new Training(model, StepSettings.DEFAULT);
        int untrained = model.network().checksum();
        Param why = model.network().params()[0];
        why.w[0] = Float.NaN; // as a value that overflowed would leave it: the loss is not a number
        training.start();
        assertEquals(1, training.steps(PageState.DEFAULT.sequence, 5), "the step that overflowed counts, to be shown");
        assertEquals(0, training.plan().steps());
        assertTrue(training.stopReason().startsWith("The loss diverged (step 1: the loss overflowed; the step is undone):"
                + " lower the learning rate (now 0.01)"), training.stopReason());
        assertEquals(untrained, model.network().checksum());
        assertFinite(model);
    }

    @Test
    void learningANewTextAtTheUsualRatesIsNotDiverging() {
        String[] texts = {"abracadabra", "dddddddddddddddd", "rbrbrbrbrbrbrbrbrbrb", "a b c d r a b c d r", "abracadabra cab"};
        for (String cell : CellSettings.CELLS) {
            for (int rate : new int[] {TrainingSettings.DEFAULT_LEARNING_RATE, TrainingSettings.DEFAULT_LEARNING_RATE + 1}) {
                PageState state = PageState.DEFAULT.with(b -> b.cell(cell).learningRate(rate));
                Model model = new Model(state);
                Training training = new Training(model, state.stepSettings());
                for (int p = 0; p < texts.length; p++) {
                    if (p > 0) {
                        assertTrue(training.edited(texts[p - 1], 0));
                    }
                    model.apply(state.withSequence(texts[p]));
                    trainUntilItStops(training, texts[p], 200 * (p + 1));
                    assertEquals("", training.stopReason(), cell + " at " + rate + " on " + texts[p]);
                }
            }
        }
    }
}

