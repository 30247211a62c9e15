package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written files in web/: relative addresses only, and a page the policy can hold. */
class StaticFilesTest {
    private static final Path WEB = Path.of("web");

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(WEB)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    /** The directives of the page's Content-Security-Policy meta tag. */
    static Map<String, String> policy(String html) {
        Matcher meta = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
        assertTrue(meta.find(), "the page has a Content-Security-Policy meta tag");
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : meta.group(1).split(";")) {
            String[] parts = directive.trim().split(" ", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return directives;
    }

    @Test
    void thePolicyAllowsOnlyTheSitesOwnScriptsAndNoInlineCode() throws IOException {
        String html = Files.readString(WEB.resolve("index.html"));
        Map<String, String> policy = policy(html);
        assertEquals("'self'", policy.get("default-src"));
        // no 'unsafe-eval': the WebAssembly GC loader compiles no text (src/main/js/eval-free-loader.js)
        assertEquals("'self' 'wasm-unsafe-eval'", policy.get("script-src"));
        assertEquals("'none'", policy.get("object-src"));
        assertEquals("'none'", policy.get("base-uri"));
        assertEquals("'none'", policy.get("form-action"));
        assertEquals("'script'", policy.get("require-trusted-types-for"));
        assertEquals("rnn-playground", policy.get("trusted-types"));
        for (String sources : policy.values()) {
            assertFalse(sources.contains("unsafe-inline") || sources.contains("'unsafe-eval'") || sources.contains("*")
                    || sources.contains("http") || sources.contains("data:") || sources.contains("blob:"), sources);
        }
        assertTrue(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "the policy comes first");
    }

    @Test
    void pagesHaveNoInlineScriptHandlerOrStyle() throws IOException {
        for (Path page : files(".html")) {
            String html = Files.readString(page);
            Matcher script = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(html);
            while (script.find()) {
                assertTrue(script.group(1).contains("src=\""), page + ": " + script.group());
                assertEquals("", script.group(2).trim(), page + ": inline script");
            }
            assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), page + ": handler");
            assertFalse(html.contains(" style=\""), page + ": style attribute");
            assertFalse(html.contains("<style"), page + ": style element");
            assertFalse(html.contains("javascript:"), page + ": javascript: address");
        }
    }

    /**
     * Every MathML script or fraction has the children its tag needs. Firefox reports a wrong count as an error, and
     * also while it lays out a page still being parsed (an msub whose second child has not arrived yet), which is why
     * the Firefox driver leaves that one message to this check.
     */
    @Test
    void mathElementsHaveTheChildrenTheirTagNeeds() throws IOException {
        Map<String, Integer> needed = Map.of("msub", 2, "msup", 2, "mover", 2, "munder", 2, "mfrac", 2,
                "mroot", 2, "msubsup", 3, "munderover", 3);
        Pattern tag = Pattern.compile("<(/?)([a-z][a-z0-9]*)[^>]*?(/?)>");
        int checked = 0;
        for (Path page : files(".html")) {
            java.util.Deque<String> open = new java.util.ArrayDeque<>();
            java.util.Deque<int[]> children = new java.util.ArrayDeque<>();
            Matcher m = tag.matcher(Files.readString(page));
            while (m.find()) {
                String name = m.group(2);
                boolean closing = !m.group(1).isEmpty();
                boolean empty = !m.group(3).isEmpty() || List.of("meta", "link", "br", "img", "input", "hr", "source",
                        "wbr", "col", "area", "base", "track", "embed").contains(name);
                if (!closing && !children.isEmpty()) {
                    children.peek()[0]++;
                }
                if (!closing && !empty) {
                    open.push(name);
                    children.push(new int[1]);
                } else if (closing) {
                    assertEquals(name, open.peek(), page + ": </" + name + "> closes <" + open.peek() + "> at " + m.start());
                    open.pop();
                    int count = children.pop()[0];
                    if (needed.containsKey(name)) {
                        assertEquals(needed.get(name), count, page + ": <" + name + "> ending at " + m.start());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "the pages' math was read: " + checked);
    }

    @Test
    void everyAddressOfTheSiteIsRelative() throws IOException {
        Pattern attribute = Pattern.compile("\\s(?:src|href)=\"([^\"]*)\"");
        for (Path page : files(".html")) {
            Matcher m = attribute.matcher(Files.readString(page));
            while (m.find()) {
                String url = m.group(1);
                boolean external = url.startsWith("https://") && !url.contains("127.0.0.1");
                assertTrue(external || !url.startsWith("/") && !url.contains("://"), page + ": " + url);
            }
        }
        for (Path file : Stream.concat(files(".css").stream(), files(".js").stream()).toList()) {
            String text = Files.readString(file);
            assertFalse(Pattern.compile("url\\(\\s*['\"]?/").matcher(text).find(), file + ": absolute url()");
            assertFalse(Pattern.compile("['\"]/[a-z]").matcher(text).find(), file + ": absolute address");
        }
    }
}
