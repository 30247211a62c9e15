package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rnnplayground.app.Facts;

class PageFactsTest {
    @Test
    void theProseSaysTheNumbersTheCodeRunsWith() throws IOException {
        String page = Files.readString(Path.of("web/index.html"));
        assertTrue(page.contains("<span data-fact=\"uniform-loss\"></span>"), "the source names the fact, no number");
        String filled = PageFacts.fill(page);
        assertFalse(filled.matches("(?s).*data-fact=\"[a-z0-9-]+\"></span>.*"), "every fact is filled");
        assertTrue(filled.contains("scores ln <span data-fact=\"symbols\">6</span> ≈ <span data-fact=\"uniform-loss\">1.79</span> nats"));
        assertTrue(filled.contains("(<span data-fact=\"recurrent-scale\">0.9</span> unless you move it)"));
        assertEquals("2.58", Facts.of("uniform-bits"));
        assertEquals("0.999", Facts.of("adam-beta2"));
        assertEquals("10,000", Facts.of("experiment-max-steps"));
    }

    @Test
    void anUnknownFactFailsTheBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PageFacts.fill("<p><span data-fact=\"nope\"></span></p>"));
        assertEquals("no fact is called 'nope'", e.getMessage());
    }
}
