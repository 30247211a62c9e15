package rnnplayground.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: a script whose functions all run as soon as it has loaded (first.js, which draws a first
 * visit's heatmap) starts with V8's compile hint {@code //# allFunctionsCalledOnLoad}. Chromium then
 * compiles every function while the file streams in, off the page's thread, instead of each one on
 * its first call; on a slow phone that took about 100 ms of the page's thread before the first heatmap.
 * Other browsers read a comment. Running it again changes nothing.
 *
 * <p>Usage: CompileHint FILE… (each rewritten in place).
 */
public final class CompileHint {
    static final String HINT = "//# allFunctionsCalledOnLoad\n";

    private CompileHint() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            Path path = Path.of(file);
            Files.writeString(path, hinted(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
    }

    /** {@code script} with the hint as its first line, once. */
    static String hinted(String script) {
        return script.startsWith(HINT) ? script : HINT + script;
    }
}
