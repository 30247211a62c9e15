package rnnplayground.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: writes the site's service worker from its template with the site's files, each with
 * the SHA-256 of its contents (the worker checks what it fetches against them), and a version that
 * is a hash of the template and of every file's name and contents. A deployment that changes any
 * file changes the version, so browsers install a new offline copy; one that changes nothing keeps it.
 *
 * <p>Usage: OfflineManifest TEMPLATE SITE_DIR (writes SITE_DIR/sw.js).
 */
public final class OfflineManifest {
    static final String VERSION_TOKEN = "'@SITE_VERSION@'";
    static final String FILES_TOKEN = "'@SITE_FILES@'";
    static final String WORKER = "sw.js";

    private OfflineManifest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: OfflineManifest TEMPLATE SITE_DIR");
        }
        Path site = Path.of(args[1]);
        String worker = render(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), site);
        Files.writeString(site.resolve(WORKER), worker, StandardCharsets.UTF_8);
    }

    /** The files to keep offline, as URLs relative to the site's folder: "./" first, then by name. */
    static List<String> files(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile)
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    // the benchmark page ships with the site but is no part of the playground
                    .filter(name -> !name.equals(WORKER) && !name.endsWith(".map") && !name.startsWith("bench"))
                    .sorted()
                    .forEach(files::add);
        }
        if (files.contains("index.html")) {
            files.add(0, "./");
        }
        return files;
    }

    /** The first 16 hex digits of SHA-256 over the worker's template and every file's name and bytes. */
    static String version(String template, Path site, List<String> files) throws IOException {
        MessageDigest digest = sha256();
        digest.update(template.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        for (String name : files) {
            if (name.equals("./")) {
                continue;
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(site.resolve(name)));
            digest.update((byte) 0);
        }
        return hex(digest.digest()).substring(0, 16);
    }

    /** The SHA-256 of the file {@code name} ("./" is the folder's index.html), in hex. */
    static String hash(Path site, String name) throws IOException {
        return hex(sha256().digest(Files.readAllBytes(site.resolve(name.equals("./") ? "index.html" : name))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return hex.toString();
    }

    static String render(String template, Path site) throws IOException {
        if (!template.contains(VERSION_TOKEN) || !template.contains(FILES_TOKEN)) {
            throw new IllegalArgumentException("the template lacks " + VERSION_TOKEN + " or " + FILES_TOKEN);
        }
        List<String> files = files(site);
        StringBuilder list = new StringBuilder();
        for (String name : files) {
            if (name.indexOf('\'') >= 0 || name.indexOf('\\') >= 0) {
                throw new UncheckedIOException(new IOException("unexpected file name " + name));
            }
            list.append(list.length() == 0 ? "" : ",\n  ").append('\'').append(name).append("': '")
                    .append(hash(site, name)).append('\'');
        }
        return template.replace(VERSION_TOKEN, "'" + version(template, site, files) + "'")
                .replace(FILES_TOKEN, list.toString());
    }
}
