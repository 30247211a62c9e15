package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflows parse as YAML (the block subset they use, read by {@link MiniYaml}) and
 * have the structure GitHub expects: what triggers them, their permissions and their steps.
 */
class WorkflowsTest {
    private static final Path WORKFLOWS = Path.of(".github/workflows");

    private static Map<String, Object> load(String name) throws IOException {
        return MiniYaml.parse(Files.readString(WORKFLOWS.resolve(name)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            assertTrue(current instanceof Map, "no mapping at " + key + " in " + current);
            assertTrue(((Map<String, Object>) current).containsKey(key), "missing " + key + " in " + current);
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    /** The step of {@code job} that uses {@code action} (e.g. "actions/checkout"), or fails. */
    private static Map<String, Object> step(Map<String, Object> workflow, String job, String action) {
        List<Map<String, Object>> steps = at(workflow, "jobs", job, "steps");
        for (Map<String, Object> step : steps) {
            Object uses = step.get("uses");
            if (uses instanceof String u && u.matches(action.replace("/", "\\/") + "@v[0-9]+")) {
                return step;
            }
        }
        throw new AssertionError(job + " has no step using " + action + ": " + steps);
    }

    private static List<Object> runs(Map<String, Object> workflow, String job) {
        List<Map<String, Object>> steps = at(workflow, "jobs", job, "steps");
        List<Object> runs = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            assertTrue(step.containsKey("uses") ^ step.containsKey("run"), "a step uses an action or runs: " + step);
            if (step.containsKey("run")) {
                runs.add(step.get("run"));
            }
        }
        return runs;
    }

    @Test
    void pagesBuildsWithMavenAndDeploysTheSiteFolder() throws IOException {
        Map<String, Object> pages = load("pages.yml");
        assertEquals(List.of("main"), at(pages, "on", "push", "branches"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), at(pages, "permissions"));
        assertEquals("pages", at(pages, "concurrency", "group"));
        assertEquals("false", at(pages, "concurrency", "cancel-in-progress"));

        step(pages, "build", "actions/checkout");
        Map<String, Object> java = step(pages, "build", "actions/setup-java");
        assertEquals("temurin", at(java, "with", "distribution"));
        assertEquals("17", at(java, "with", "java-version"));
        assertEquals(List.of("mvn -B -DskipTests package"), runs(pages, "build"));
        step(pages, "build", "actions/configure-pages");
        assertEquals("target/site", at(step(pages, "build", "actions/upload-pages-artifact"), "with", "path"));

        assertEquals("build", at(pages, "jobs", "deploy", "needs"));
        assertEquals("github-pages", at(pages, "jobs", "deploy", "environment", "name"));
        Map<String, Object> deploy = step(pages, "deploy", "actions/deploy-pages");
        assertEquals("deployment", deploy.get("id"));
        assertEquals("${{ steps.deployment.outputs.page_url }}", at(pages, "jobs", "deploy", "environment", "url"));
    }

    @Test
    void ciRunsTheTestCommandOnPushAndPullRequest() throws IOException {
        Map<String, Object> ci = load("ci.yml");
        Map<String, Object> on = at(ci, "on");
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), on.toString());
        step(ci, "test", "actions/checkout");
        assertTrue(runs(ci, "test").contains("./test.sh"), runs(ci, "test").toString());
        assertEquals("read", at(ci, "permissions", "contents"));
    }

    @Test
    void theReaderRefusesWhatIsNotYaml() {
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: 1\n\tb: 2\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: 1\na: 2\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a:\n    b: 1\n  c: 2\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: [1, 2\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("a: 'x\n"));
        assertThrows(IllegalArgumentException.class, () -> MiniYaml.parse("just text\n"));
        assertEquals(Map.of("a", List.of(Map.of("b", "1", "c", "x y"), "z"), "d", List.of("1", "2")),
                MiniYaml.parse("# c\na:\n  - b: 1 # c\n    c: 'x y'\n  - z\nd: [1, 2]\n"));
    }

    /**
     * A reader for the block subset of YAML the workflows use: mappings and sequences by
     * indentation, plain and quoted scalars, [flow, sequences] and comments. Scalars stay strings.
     * Anything else (tabs, a duplicate key, a bad indent, an unclosed quote or bracket) is refused.
     */
    static final class MiniYaml {
        private final List<int[]> indents = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private int next;

        private MiniYaml(String source) {
            String[] lines = source.split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                String line = stripComment(lines[n]).stripTrailing();
                if (line.isBlank()) {
                    continue;
                }
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                if (line.charAt(indent) == '\t') {
                    throw new IllegalArgumentException("line " + (n + 1) + ": a tab in the indentation");
                }
                indents.add(new int[] {indent, n + 1});
                texts.add(line.substring(indent));
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> parse(String source) {
            MiniYaml yaml = new MiniYaml(source);
            if (yaml.texts.isEmpty()) {
                return Map.of();
            }
            Object root = yaml.block(yaml.indents.get(0)[0]);
            if (yaml.next != yaml.texts.size()) {
                throw yaml.error("unexpected indentation");
            }
            if (!(root instanceof Map)) {
                throw new IllegalArgumentException("the document is not a mapping");
            }
            return (Map<String, Object>) root;
        }

        private IllegalArgumentException error(String what) {
            int line = next < indents.size() ? indents.get(next)[1] : -1;
            return new IllegalArgumentException("line " + line + ": " + what);
        }

        private Object block(int indent) {
            return texts.get(next).startsWith("- ") || texts.get(next).equals("-") ? sequence(indent) : mapping(indent);
        }

        private List<Object> sequence(int indent) {
            List<Object> items = new ArrayList<>();
            while (next < texts.size() && indents.get(next)[0] == indent && texts.get(next).startsWith("-")) {
                String rest = texts.get(next).substring(1);
                if (!rest.isEmpty() && !rest.startsWith(" ")) {
                    throw error("a sequence item needs a space after -");
                }
                rest = rest.strip();
                if (rest.isEmpty()) {
                    next++;
                    items.add(nested(indent));
                } else if (keyOf(rest) != null) {
                    // "- key: value": a mapping whose entries line up with "key"
                    int inner = indent + texts.get(next).indexOf(rest);
                    indents.set(next, new int[] {inner, indents.get(next)[1]});
                    texts.set(next, rest);
                    items.add(mapping(inner));
                } else {
                    next++;
                    items.add(scalar(rest));
                }
            }
            return items;
        }

        private Map<String, Object> mapping(int indent) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (next < texts.size() && indents.get(next)[0] == indent) {
                String text = texts.get(next);
                String key = keyOf(text);
                if (key == null) {
                    throw error("expected \"key: value\": " + text);
                }
                if (map.containsKey(key)) {
                    throw error("duplicate key " + key);
                }
                String value = text.substring(key.length() + 1).strip();
                next++;
                if (value.isEmpty()) {
                    boolean sameIndentSequence = next < texts.size() && indents.get(next)[0] == indent
                            && texts.get(next).startsWith("- ");
                    map.put(key, sameIndentSequence ? sequence(indent) : nested(indent));
                } else {
                    map.put(key, scalar(value));
                }
            }
            if (next < texts.size() && indents.get(next)[0] > indent) {
                throw error("unexpected indentation");
            }
            return map;
        }

        /** The block under a "key:" or "-" at {@code indent}, or null if there is none. */
        private Object nested(int indent) {
            if (next < texts.size() && indents.get(next)[0] > indent) {
                return block(indents.get(next)[0]);
            }
            return null;
        }

        /** The key of "key: value" or "key:", or null. */
        private static String keyOf(String text) {
            if (text.startsWith("'") || text.startsWith("\"") || text.startsWith("[") || text.startsWith("{")) {
                return null;
            }
            int colon = text.indexOf(": ");
            if (colon < 0 && text.endsWith(":")) {
                colon = text.length() - 1;
            }
            return colon <= 0 ? null : text.substring(0, colon);
        }

        private Object scalar(String text) {
            if (text.startsWith("[")) {
                if (!text.endsWith("]")) {
                    throw error("an unclosed [");
                }
                List<Object> items = new ArrayList<>();
                String inside = text.substring(1, text.length() - 1).strip();
                if (!inside.isEmpty()) {
                    for (String item : inside.split(",")) {
                        items.add(scalar(item.strip()));
                    }
                }
                return items;
            }
            if (text.startsWith("'") || text.startsWith("\"")) {
                char quote = text.charAt(0);
                if (text.length() < 2 || text.charAt(text.length() - 1) != quote) {
                    throw error("an unclosed quote");
                }
                return text.substring(1, text.length() - 1);
            }
            if (text.startsWith("{") || text.startsWith("|") || text.startsWith(">") || text.startsWith("&")
                    || text.startsWith("*")) {
                throw error("not in the subset this reader knows: " + text);
            }
            return text;
        }

        private static String stripComment(String line) {
            char quote = 0;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '#' && (k == 0 || line.charAt(k - 1) == ' ')) {
                    return line.substring(0, k);
                }
            }
            return line;
        }
    }
}
