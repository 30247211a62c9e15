package rnnplayground.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A small static file server for the built site (development and tests only; the published site is
 * plain files). Binds to loopback unless told otherwise and serves .wasm as application/wasm. Text
 * (HTML, CSS, JavaScript, SVG, JSON) goes gzip-compressed to a browser that accepts it, as GitHub Pages
 * sends it, so that a slowed network in a test or the benchmark carries what a real one would.
 */
public final class SiteServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8080;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    static {
        // Answer like a real static host, without Nagle's delay: the JDK server keeps it by default,
        // which holds back each response by ~40 ms. Read once, when the JDK's server first loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Path root;
    private final String base;

    public SiteServer(Path root, String host, int port) throws IOException {
        this(root, host, port, "/");
    }

    /**
     * Serves {@code root} under the path {@code base} (e.g. "/rnn-playground/", as GitHub Pages serves
     * a project site); everything outside it is 404.
     */
    public SiteServer(Path root, String host, int port, String base) throws IOException {
        if (!base.startsWith("/") || !base.endsWith("/")) {
            throw new IllegalArgumentException("the base path starts and ends with /: " + base);
        }
        this.root = root.toAbsolutePath().normalize();
        this.base = base;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Serves on a free port of 127.0.0.1. */
    public static SiteServer onFreePort(Path root) throws IOException {
        return onFreePort(root, "/");
    }

    /** Serves under {@code base} on a free port of 127.0.0.1. */
    public static SiteServer onFreePort(Path root, String base) throws IOException {
        return new SiteServer(root, "127.0.0.1", 0, base);
    }

    /** The address of the site, ending with its base path. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort() + base;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!base.equals("/") && path.equals(base.substring(0, base.length() - 1))) {
                exchange.getResponseHeaders().set("Location", base); // "/repo" -> "/repo/", as GitHub Pages does
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            Path file = path.startsWith(base) ? root.resolve(path.substring(base.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                byte[] body = "Not found".getBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepted != null && accepted.contains("gzip") && compressible(file)) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static boolean compressible(Path file) {
        String type = contentType(file);
        return type.startsWith("text/") || type.equals("image/svg+xml") || type.equals("application/json");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /**
     * Usage: SiteServer SITE_DIR; -Dport=N (default 8080, the next free one if taken), -Dhost=ADDRESS,
     * -Dbase=/PATH/ (serve under a sub-path, as GitHub Pages does for a project).
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/site");
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            System.err.println("No site at " + root.toAbsolutePath() + ": build it first (mvn package).");
            System.exit(1);
        }
        String host = System.getProperty("host", "127.0.0.1");
        int port = Integer.parseInt(System.getProperty("port", String.valueOf(DEFAULT_PORT)));
        SiteServer server = null;
        for (int attempt = 0; server == null; attempt++) {
            try {
                server = new SiteServer(root, host, port + attempt, System.getProperty("base", "/"));
            } catch (BindException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
        System.out.println("rnn-playground is served at " + server.url() + " (Ctrl+C stops it)");
        Thread.currentThread().join();
    }
}
