package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;

class LetterDetectorsTest {
    @Test
    void theFirstDimensionDiffersMostOnTheSymbolEitherWay() {
        Trajectory trajectory = new Model(new PageState("abracadabra", 1, 16)).trajectory();
        int a = Alphabet.indexOf('a');
        LetterDetectors detectors = new LetterDetectors(trajectory, a);
        assertEquals("", detectors.problem);
        assertEquals(16, detectors.ranking.length);
        double best = 0;
        int bestDimension = -1;
        for (int i = 0; i < 16; i++) {
            double on = 0;
            double off = 0;
            for (int t = 0; t < 11; t++) {
                if (trajectory.symbol(t) == a) {
                    on += trajectory.h(t, i) / 5.0;
                } else {
                    off += trajectory.h(t, i) / 6.0;
                }
            }
            assertEquals(on - off, detectors.difference[i], 1e-12);
            if (Math.abs(on - off) > best) {
                best = Math.abs(on - off);
                bestDimension = i;
            }
        }
        assertEquals(bestDimension, detectors.ranking[0]);
        for (int k = 1; k < 16; k++) {
            assertTrue(Math.abs(detectors.difference[detectors.ranking[k - 1]])
                    >= Math.abs(detectors.difference[detectors.ranking[k]]));
        }
    }

    @Test
    void aSymbolAbsentOrEverywhereHasNoRanking() {
        Trajectory trajectory = new Model(new PageState("aaa", 1, 8)).trajectory();
        assertEquals("“c” is not in the sequence: nothing to compare.",
                new LetterDetectors(trajectory, Alphabet.indexOf('c')).problem);
        assertEquals(0, new LetterDetectors(trajectory, Alphabet.indexOf('a')).ranking.length);
    }
}
