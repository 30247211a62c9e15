package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaybackTest {
    @Test
    void replayShowsOneColumnAtOnceThenOneAStep() {
        Playback p = new Playback();
        p.showAll(5);
        assertEquals(-1, p.currentStep(), "nothing is marked when all is shown");
        p.replay(1000);
        assertEquals(1, p.position());
        assertEquals(0, p.currentStep());
        double interval = 1000.0 / Playback.DEFAULT_SPEED;
        assertFalse(p.tick(1000 + interval - 1));
        assertTrue(p.tick(1000 + interval));
        assertEquals(2, p.position());
        for (int k = 3; k <= 5; k++) {
            p.tick(1000 + (k - 1) * interval);
            assertEquals(k, p.position());
        }
        assertTrue(p.isPlaying(), "the last column stays marked for a step");
        p.tick(1000 + 5 * interval);
        assertFalse(p.isPlaying());
        assertEquals(-1, p.currentStep());
    }

    @Test
    void stepsAndScrubbingPause() {
        Playback p = new Playback();
        p.showAll(4);
        p.stepBack();
        assertEquals(3, p.position());
        assertEquals(2, p.currentStep());
        p.stepForward();
        p.stepForward();
        assertEquals(4, p.position());
        assertEquals(3, p.currentStep(), "stepped to the end: the last step stays marked");
        p.scrubTo(-3);
        assertEquals(0, p.position());
        p.scrubTo(99);
        assertEquals(4, p.position());
    }

    @Test
    void oneStepAPressAtSpeedZero() {
        Playback p = new Playback();
        p.showAll(3);
        p.scrubTo(0);
        p.setSpeed(0);
        p.play(0);
        assertEquals(1, p.position());
        assertFalse(p.isPlaying());
        p.play(10);
        assertEquals(2, p.position());
    }

    @Test
    void playingAtTheEndStartsOver() {
        Playback p = new Playback();
        p.showAll(3);
        p.play(0);
        assertEquals(1, p.position());
        assertTrue(p.isPlaying());
        p.pause();
        assertFalse(p.isPlaying());
        assertEquals(0, p.currentStep());
    }

    @Test
    void anEmptySequenceNeverPlays() {
        Playback p = new Playback();
        p.showAll(0);
        p.replay(0);
        assertFalse(p.isPlaying());
        assertEquals(0, p.position());
    }
}
