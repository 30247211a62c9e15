package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                "https://USER.github.io"), snippet);
        assertEquals(1, readme.split(NumberText.grouped(EmbedSnippet.FRAME_HEIGHT) + " px", -1).length - 1,
                "the README explains the height once");
    }
}
