package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import rnnplayground.build.OfflineManifest;
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

    /** A copy of the built site in a fresh folder under target/browser/, to change as a test needs. */
    static Path copy(String name) {
        Path copy = scratch(name);
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            files.forEach(file -> {
                try {
                    Path target = copy.resolve(DIRECTORY.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Writes the service worker of the site in {@code site} anew, as the build does for a deployment. */
    static void writeWorker(Path site) {
        Path template = BUILD.toAbsolutePath().getParent().resolve("web").resolve("sw.js");
        try {
            OfflineManifest.main(new String[] {template.toString(), site.toString()});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version the worker of the site in {@code site} was built with. */
    static String workerVersion(Path site) {
        try {
            String worker = Files.readString(site.resolve("sw.js"));
            int start = worker.indexOf("var VERSION = '") + "var VERSION = '".length();
            return worker.substring(start, worker.indexOf('\'', start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of {@code file} of the built site, in hex. */
    static String sha256(String file) {
        try {
            byte[] bytes = Files.readAllBytes(DIRECTORY.resolve(file));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String origin() {
        String url = url();
        return url.substring(0, url.length() - 1);
    }
}
