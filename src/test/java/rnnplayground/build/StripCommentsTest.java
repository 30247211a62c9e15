package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StripCommentsTest {
    @Test
    void aStyleSheetLosesItsCommentsAndTheLinesTheyLeaveBlank() {
        String css = "/* the page */\n.a {\n  color: red; /* why */\n  /* a\n     long one */\n  content: \"\";\n}\n\n.b { }\n";
        assertEquals(".a {\n  color: red; \n  content: \"\";\n}\n.b { }\n", StripComments.css(css));
        assertEquals(StripComments.css(css), StripComments.css(StripComments.css(css)));
        assertEquals(".a { content: \"/* not one */\"; }\n", StripComments.css(".a { content: \"/* not one */\"; }\n"));
        assertEquals(".a { content: '\\'/* no */'; }\n", StripComments.css(".a { content: '\\'/* no */'; }/* one */\n"));
        assertThrows(IllegalArgumentException.class, () -> StripComments.css(".a { } /* never closed\n"));
    }

    @Test
    void aScriptLosesTheLinesThatAreACommentAlone() {
        String js = "// what it does\n(function () {\n  // why\n  var a = 'http://x'; // kept: after code\n\n  return a;\n})();\n";
        assertEquals("(function () {\n  var a = 'http://x'; // kept: after code\n\n  return a;\n})();\n", StripComments.script(js));
        assertEquals(StripComments.script(js), StripComments.script(StripComments.script(js)));
    }

    /** The site's own files: a style sheet still has every rule, the script every statement. */
    @Test
    void theSitesFilesKeepEveryRule() throws IOException {
        for (String name : new String[] {"style.css", "widget.css"}) {
            String css = Files.readString(Path.of("web", name));
            String stripped = StripComments.css(css);
            assertEquals(count(css.replaceAll("(?s)/\\*.*?\\*/", ""), '{'), count(stripped, '{'), name);
            assertEquals(css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s+", ""), stripped.replaceAll("\\s+", ""), name);
        }
        String boot = Files.readString(Path.of("web", "boot.js"));
        assertEquals(boot.replaceAll("(?m)^\\s*//.*\\n", "").replaceAll("\\s+", ""),
                StripComments.script(boot).replaceAll("\\s+", ""));
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
