package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Training on a task: a fresh sequence a step, scored on held-out sequences. */
class TaskTrainerTest {
    @Test
    void eachStepTrainsOnTheNextSequenceOfTheSeed() {
        Task task = new CountTask(3);
        TaskTrainer trainer = new TaskTrainer(Network.random(Cells.first(), 2, 8, Cells.DEFAULT_RECURRENT_SCALE), task, 5);
        assertNull(trainer.lastSequence());
        TaskSequence[] expected = task.draw(5, 30);
        Set<String> seen = new HashSet<>();
        for (TaskSequence sequence : expected) {
            trainer.step();
            assertEquals(sequence.text(), trainer.lastSequence().text());
            seen.add(sequence.text());
        }
        assertTrue(seen.size() > 10, "fresh sequences");
        assertEquals(30, trainer.trainer().steps());
    }

    @Test
    void theScoreCountsTheScoredPositionsWhereTheTopPredictionIsRight() {
        Network network = Network.random("gru", 4, 8, Cells.DEFAULT_RECURRENT_SCALE);
        TaskSequence[] sequences = new CountTask(4).draw(9, 40);
        TaskScore score = TaskScore.of(network, sequences);
        int right = 0;
        int scored = 0;
        double loss = 0;
        Predictions predictions = new Predictions();
        for (TaskSequence sequence : sequences) {
            Trajectory trajectory = new Trajectory(network.cell);
            trajectory.update(sequence.symbols);
            predictions.update(network.readout, trajectory);
            for (int p : sequence.scored) {
                right += predictions.top(p - 1) == sequence.symbols[p] ? 1 : 0;
                loss += predictions.crossEntropy(p - 1, sequence.symbols[p]);
                scored++;
            }
        }
        assertEquals(160, score.scored);
        assertEquals(scored, score.scored);
        assertEquals(right, score.right);
        assertEquals(right / 160.0, score.accuracy(), 0.0);
        assertEquals(loss / scored, score.loss, 0.0, "a sequence computed from its first new symbol: the same bits");
        assertEquals(Math.log(6), score.loss, 0.1, "untrained, close to uniform");
    }

    @Test
    void trainingOnRecallLearnsIt() {
        Task task = new RecallTask(2);
        TaskTrainer trainer = new TaskTrainer(Network.random("lstm", 1, 8, Cells.DEFAULT_RECURRENT_SCALE), task, 2);
        TaskSequence[] heldOut = task.draw(3, 64);
        double before = trainer.score(heldOut).loss;
        for (int s = 0; s < 400; s++) {
            trainer.step();
        }
        TaskScore after = trainer.score(heldOut);
        assertEquals(1.0, after.accuracy(), 0.0);
        assertTrue(after.loss < before / 10, after.loss + " after, " + before + " before");
    }

    @Test
    void afterAFaultNoSequenceIsDrawn() {
        TaskTrainer trainer = new TaskTrainer(Network.random(Cells.first(), 2, 4, Cells.DEFAULT_RECURRENT_SCALE),
                new RecallTask(1), 5);
        trainer.step();
        trainer.trainer().setLearningRate(1e39);
        TrainingStep failed = trainer.step();
        TaskSequence last = trainer.lastSequence();
        assertTrue(failed.failed());
        assertSame(failed, trainer.step());
        assertSame(last, trainer.lastSequence());
        assertNotEquals(0, last.length());
    }
}
