package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineManifestTest {
    private static final String TEMPLATE = "var VERSION = '@SITE_VERSION@';\nvar FILES = {\n  '@SITE_FILES@'\n};\n";

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
        String index = sha256("<!DOCTYPE html>");
        assertTrue(first.contains("var FILES = {\n  './': '" + index + "',\n  'img/a.svg': '" + sha256("<svg/>")
                + "',\n  'index.html': '" + index + "',\n  'style.css': '" + sha256("body {}") + "'\n};"), first);
        assertFalse(first.contains("@SITE_"), first);
        assertEquals(first, OfflineManifest.render(TEMPLATE, site), "the same site, the same version");

        Files.writeString(site.resolve("sw.js"), first);
        assertEquals(first, OfflineManifest.render(TEMPLATE, site), "the worker itself does not count");

        Files.writeString(site.resolve("style.css"), "body { margin: 0 }");
        String second = OfflineManifest.render(TEMPLATE, site);
        assertNotEquals(version(first), version(second), "a changed file, a new version");
        assertTrue(second.contains("'style.css': '" + sha256("body { margin: 0 }") + "'"), second);

        String otherWorker = OfflineManifest.render("// another worker\n" + TEMPLATE, site);
        assertNotEquals(version(second), version(otherWorker), "a changed worker, a new version");
    }

    private static String version(String worker) {
        int start = worker.indexOf("var VERSION = '") + "var VERSION = '".length();
        return worker.substring(start, worker.indexOf('\'', start));
    }

    private static String sha256(String text) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesATemplateWithoutItsPlaceholders(@TempDir Path site) {
        assertThrows(IllegalArgumentException.class, () -> OfflineManifest.render("var VERSION = 1;", site));
    }

    /** Of the built site: left out of the JVM-only run (-Pjvm), which builds none. */
    @Test
    @Tag("site")
    void theBuiltWorkerListsTheBuiltSite() throws IOException {
        Path site = Path.of(System.getProperty("site.directory", "target/site"));
        String worker = Files.readString(site.resolve("sw.js"));
        assertFalse(worker.contains("@SITE_"), "the build wrote the version and the files");
        List<String> files = OfflineManifest.files(site);
        assertTrue(files.containsAll(List.of("./", "index.html", "boot.js", "style.css", "classes.js", "classes.wasm",
                "classes.wasm-runtime.js")), files.toString());
        for (String file : files) {
            assertTrue(worker.contains("'" + file + "': '" + OfflineManifest.hash(site, file) + "'"), file);
        }
        String template = Files.readString(Path.of("web/sw.js"));
        assertTrue(worker.contains("var VERSION = '" + OfflineManifest.version(template, site, files) + "';"));
    }
}
