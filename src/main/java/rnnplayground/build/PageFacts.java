package rnnplayground.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rnnplayground.app.Facts;

/**
 * Build step: fills every {@code <span data-fact="key"></span>} of the site's pages with the text of
 * that fact ({@link Facts}), so that the prose says the numbers the code runs with. An unknown key
 * fails the build.
 *
 * <p>Usage: PageFacts PAGE… (rewrites each page in place).
 */
public final class PageFacts {
    private static final Pattern FACT = Pattern.compile("(<span data-fact=\"([a-z0-9-]+)\">)[^<]*(</span>)");

    private PageFacts() {
    }

    public static void main(String[] args) throws IOException {
        for (String page : args) {
            Path path = Path.of(page);
            Files.writeString(path, fill(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
    }

    /** {@code html} with every fact's span holding its text. */
    static String fill(String html) {
        Matcher m = FACT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = Facts.of(m.group(2));
            if (text == null) {
                throw new IllegalArgumentException("no fact is called '" + m.group(2) + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + text + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
