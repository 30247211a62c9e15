package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineManifestTest {
    private static final String TEMPLATE = "var VERSION = '@SITE_VERSION@';\nvar FILES = [\n  '@SITE_FILES@'\n];\n";

    @Test
    void listsEveryFileButTheWorkerAndVersionsThemByContent(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html>");
        Files.writeString(site.resolve("style.css"), "body {}");
        Files.writeString(site.resolve("sw.js"), "old worker");
        Files.writeString(site.resolve("classes.js.map"), "{}");
        Files.createDirectories(site.resolve("img"));
        Files.writeString(site.resolve("img/a.svg"), "<svg/>");
        assertEquals(List.of("./", "img/a.svg", "index.html", "style.css"), OfflineManifest.files(site));

        String first = OfflineManifest.render(TEMPLATE, site);
        assertTrue(first.contains("var FILES = [\n  './',\n  'img/a.svg',\n  'index.html',\n  'style.css'\n];"), first);
        assertFalse(first.contains("@SITE_"), first);
        assertEquals(first, OfflineManifest.render(TEMPLATE, site), "the same site, the same version");

        Files.writeString(site.resolve("sw.js"), first);
        assertEquals(first, OfflineManifest.render(TEMPLATE, site), "the worker itself does not count");

        Files.writeString(site.resolve("style.css"), "body { margin: 0 }");
        assertNotEquals(first, OfflineManifest.render(TEMPLATE, site), "a changed file, a new version");
    }

    @Test
    void refusesATemplateWithoutItsPlaceholders(@TempDir Path site) {
        assertThrows(IllegalArgumentException.class, () -> OfflineManifest.render("var VERSION = 1;", site));
    }

    @Test
    void theBuiltWorkerListsTheBuiltSite() throws IOException {
        Path site = Path.of(System.getProperty("site.directory", "target/site"));
        String worker = Files.readString(site.resolve("sw.js"));
        assertFalse(worker.contains("@SITE_"), "the build wrote the version and the files");
        List<String> files = OfflineManifest.files(site);
        assertTrue(files.containsAll(List.of("./", "index.html", "boot.js", "style.css", "classes.js", "classes.wasm",
                "classes.wasm-runtime.js")), files.toString());
        for (String file : files) {
            assertTrue(worker.contains("'" + file + "'"), file);
        }
        assertTrue(worker.contains("var VERSION = '" + OfflineManifest.version(site, files) + "';"));
    }
}
