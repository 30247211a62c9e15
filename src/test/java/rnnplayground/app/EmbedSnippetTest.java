package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbedSnippetTest {
    /** The README shows the very snippet the Embed button gives, for the site at its placeholder address. */
    @Test
    void theReadmesSnippetIsTheOneThePageGives() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("```html\n", readme.indexOf("<!-- embed-snippet -->")) + "```html\n".length();
        String snippet = readme.substring(from, readme.indexOf("```", from));
        assertEquals(EmbedSnippet.of("https://USER.github.io/rnn-playground/index.html?embed#seq=abracadabra&seed=1&h=16",
                "https://USER.github.io", EmbedSnippet.FRAME_HEIGHT), snippet);
        assertEquals(1, readme.split(NumberText.grouped(EmbedSnippet.FRAME_HEIGHT) + " px", -1).length - 1,
                "the README explains the height once");
    }

    @Test
    void theNoteSaysWhoseHeightTheFrameHas() {
        assertEquals("The frame is 2,300 px tall, enough for the default view at any width from 320 px; the numbers"
                + " table or the weights, once opened, need more. The script is optional: it makes the frame follow the"
                + " widget's height whenever it changes.", EmbedSnippet.heightNote(EmbedSnippet.FRAME_HEIGHT, false));
        assertTrue(EmbedSnippet.heightNote(3131, true).startsWith("The frame is 3,131 px tall, what this view takes at"
                + " 320 px wide, the narrowest it is made for;"));
        assertTrue(EmbedSnippet.of("https://a.b/index.html?embed#seq=ab", "https://a.b", 3131).contains("height:3131px"));
    }
}
