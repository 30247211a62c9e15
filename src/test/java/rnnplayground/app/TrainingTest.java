package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Network;
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
        assertTrue(training.stopReason().contains("stops at 10,000"), "[" + training.stopReason() + "]");
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
}
