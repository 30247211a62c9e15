package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EvalFreeLoaderTest {
    private static final String TEMPLATE = "(function (Function) {\n" + EvalFreeLoader.MARKER + "\n}(glue));\n";

    @Test
    void theLoaderGoesWhereTheMarkerIsOnce() {
        String wrapped = EvalFreeLoader.wrap(TEMPLATE, "\"use strict\";(()=>{new Function(\"x\")})();\n");
        assertEquals("(function (Function) {\n\"use strict\";(()=>{new Function(\"x\")})();\n}(glue));\n", wrapped);
        assertEquals(wrapped, EvalFreeLoader.wrap(TEMPLATE, wrapped), "a wrapped loader is not wrapped again");
    }

    @Test
    void aTemplateNeedsExactlyOneMarker() {
        assertThrows(IllegalArgumentException.class, () -> EvalFreeLoader.wrap("(function (Function) {})", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> EvalFreeLoader.wrap(EvalFreeLoader.MARKER + EvalFreeLoader.MARKER, "x"));
    }

    /** Of the built site: left out of the JVM-only run (-Pjvm), which builds none. */
    @Test
    @Tag("site")
    void theBuiltLoaderIsWrappedInTheProjectsTemplate() throws IOException {
        String template = Files.readString(Path.of("src/main/js/eval-free-loader.js"));
        Path site = Path.of(System.getProperty("site.directory", "target/site"));
        String built = Files.readString(site.resolve("classes.wasm-runtime.js"));
        String prefix = template.substring(0, template.indexOf(EvalFreeLoader.MARKER));
        assertTrue(built.startsWith(prefix) && built.contains("TeaVM"), "the site's loader is the wrapped one");
    }
}
