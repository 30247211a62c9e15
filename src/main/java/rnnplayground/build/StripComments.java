package rnnplayground.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step: the style sheets and the page's own scripts as served, without their comments, which
 * are for the reader of the source and are fetched on every first visit before the heatmap: a style
 * sheet loses its {@code /* … *}{@code /} comments and the lines they leave blank, a script its lines
 * that are a {@code //} comment and nothing else (a comment after code stays: telling it apart from a
 * string or a regular expression would take a parser). Running it again changes nothing.
 *
 * <p>Usage: StripComments FILE… (.css or .js, each rewritten in place).
 */
public final class StripComments {
    private StripComments() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            Path path = Path.of(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Files.writeString(path, file.endsWith(".css") ? css(text) : script(text), StandardCharsets.UTF_8);
        }
    }

    /** {@code css} without its comments (a "/*" in a string is none), and without the lines they leave blank. */
    static String css(String css) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int k = 0; k < css.length(); k++) {
            char c = css.charAt(k);
            if (quote == 0 && css.startsWith("/*", k)) {
                int end = css.indexOf("*/", k + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("a comment is not closed");
                }
                k = end + 1;
                continue;
            }
            out.append(c);
            if (quote != 0 && c == '\\' && k + 1 < css.length()) {
                out.append(css.charAt(++k));
            } else if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
        }
        return withoutLines(out.toString(), "");
    }

    /** {@code script} without the lines that are a "//" comment alone. */
    static String script(String script) {
        return withoutLines(script, "//");
    }

    /** {@code text} without the lines that, their indentation left out, start with {@code start} (or are empty, for ""). */
    private static String withoutLines(String text, String start) {
        boolean broken = text.endsWith("\n");
        List<String> kept = new ArrayList<>();
        for (String line : (broken ? text.substring(0, text.length() - 1) : text).split("\n", -1)) {
            String trimmed = line.strip();
            if (!(start.isEmpty() ? trimmed.isEmpty() : trimmed.startsWith(start))) {
                kept.add(line);
            }
        }
        return String.join("\n", kept) + (broken ? "\n" : "");
    }
}
