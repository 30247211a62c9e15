package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import rnnplayground.server.SiteServer;

/** The built site, served once for the whole test run on a free loopback port; scratch folders beside it. */
final class Site {
    static final Path DIRECTORY = Path.of(System.getProperty("site.directory", "target/site"));
    static final Path BUILD = Path.of(System.getProperty("build.directory", "target"));
    private static SiteServer server;

    private Site() {
    }

    static synchronized String url() {
        if (server == null) {
            if (!Files.isRegularFile(DIRECTORY.resolve("classes.js"))) {
                throw new IllegalStateException("The site is not built at " + DIRECTORY.toAbsolutePath());
            }
            try {
                server = SiteServer.onFreePort(DIRECTORY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.url();
    }

    /** A fresh folder under target/browser/. */
    static Path scratch(String name) {
        try {
            Path dir = BUILD.resolve("browser").toAbsolutePath();
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String origin() {
        String url = url();
        return url.substring(0, url.length() - 1);
    }
}
