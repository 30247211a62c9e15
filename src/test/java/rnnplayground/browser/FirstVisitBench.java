package rnnplayground.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The benchmark's part {@code first-visit}: {@code index.html} opened cold on a slow phone (DevTools'
 * profile: CPU 4× slower, 1.6 Mbps down, 150 ms latency, the cache emptied, no service worker), for each engine,
 * loads interleaved. It gives the time from navigation to the {@code first-heatmap} mark (median, min,
 * max of the loads) and the bytes, gzip-compressed, of every file whose response ended before the mark.
 * Targets: ≤ 70 KB gzip (JavaScript engine), ≤ 100 KB gzip (WebAssembly GC), first heatmap ≤ 1.5 s.
 */
final class FirstVisitBench {
    static final int LOADS = 3;
    private static final double KB = 1024;
    private static final Map<String, Double> BYTES_TARGET = Map.of("js", 70 * KB, "wasm", 100 * KB);
    private static final double TIME_TARGET_MS = 1500;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ENTRIES = "const mark = performance.getEntriesByName('first-heatmap')[0];"
            + "if (!mark) { return null; }"
            + "const entries = [performance.getEntriesByType('navigation')[0]]"
            + "    .concat(performance.getEntriesByType('resource'));"
            + "return {mark: mark.startTime, files: entries.filter(e => e.responseEnd <= mark.startTime)"
            + "    .map(e => new URL(e.name).pathname)};";

    private FirstVisitBench() {
    }

    /**
     * The part's table: a line per engine and site, the sites' loads taken in turns. {@code sites} maps a
     * label ("" for the site under test, "before" for another build to compare with) to its address
     * and folder.
     */
    @SuppressWarnings("unchecked")
    static String measure(Map<String, Map.Entry<String, Path>> sites, List<String> engines) throws InterruptedException {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<String>> files = new LinkedHashMap<>();
        try (Chromium browser = new Chromium()) {
            browser.size(375, 800);
            slowPhone(browser);
            for (int load = 1; load <= LOADS; load++) {
                for (Map.Entry<String, Map.Entry<String, Path>> site : sites.entrySet()) {
                    for (String engine : engines) {
                        String key = line(site.getKey(), engine);
                        System.out.println("  first visit, " + key + ", load " + load + " of " + LOADS + "…");
                        String siteUrl = site.getValue().getKey();
                        cold(browser, siteUrl);
                        browser.driver.get(siteUrl + "index.html?engine=" + engine);
                        Map<String, Object> seen = waitForMark(browser, engine);
                        times.computeIfAbsent(key, e -> new ArrayList<>()).add(((Number) seen.get("mark")).doubleValue());
                        files.put(key, (List<String>) seen.get("files"));
                        if (!engine.equals(browser.js("return document.documentElement.getAttribute('data-engine');"))) {
                            throw new IllegalStateException("index.html?engine=" + engine + " did not run on " + engine);
                        }
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder(
                "first-visit. index.html opened cold on a slow phone (CPU 4× slower, 1.6 Mbps down, 150 ms latency),\n"
                + "median [min … max] of " + LOADS + " loads: the first heatmap after navigation, and the bytes (gzip)\n"
                + "of the files whose response ended before it\n");
        for (Map.Entry<String, Map.Entry<String, Path>> site : sites.entrySet()) {
            for (String engine : engines) {
                table.append(row(line(site.getKey(), engine), engine, times, files, site.getValue().getValue()));
            }
        }
        return table.toString();
    }

    private static String line(String site, String engine) {
        return site.isEmpty() ? engine : engine + " " + site;
    }

    private static String row(String key, String engine, Map<String, List<Double>> times, Map<String, List<String>> files,
            Path directory) {
        List<Double> sorted = new ArrayList<>(times.get(key));
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        long bytes = 0;
        List<String> names = new ArrayList<>();
        for (String path : new LinkedHashSet<>(files.get(key))) {
            String name = path.replaceFirst("^/", "");
            name = name.isEmpty() ? "index.html" : name;
            long gzip = gzipSize(directory.resolve(name));
            bytes += gzip;
            names.add(name + " " + Math.round(gzip / KB) + " KB");
        }
        return String.format("  %-11s first heatmap %5.0f ms [%.0f … %.0f] (target ≤ %.0f ms: %s); "
                        + "%5.1f KB gzip before it (target ≤ %.0f KB: %s): %s%n",
                key, median, sorted.get(0), sorted.get(sorted.size() - 1), TIME_TARGET_MS,
                median <= TIME_TARGET_MS ? "met" : "missed", bytes / KB, BYTES_TARGET.get(engine) / KB,
                bytes <= BYTES_TARGET.get(engine) ? "met" : "missed", String.join(", ", names));
    }

    private static void slowPhone(Chromium browser) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        // the cache is emptied before each load, not disabled: a disabled cache would not keep a preload for its use
        browser.driver.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", 150, "downloadThroughput", 1.6e6 / 8, "uploadThroughput", 750e3 / 8));
        browser.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
    }

    /** No service worker, cache or storage of the site left from the load before. */
    private static void cold(Chromium browser, String siteUrl) {
        browser.driver.get("about:blank");
        browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        String origin = URI.create(siteUrl).resolve("/").toString().replaceFirst("/$", "");
        browser.driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> waitForMark(Chromium browser, String engine) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            Object seen = browser.pageHas("document.documentElement.getAttribute('data-engine')")
                    ? browser.js(ENTRIES) : null;
            if (seen != null) {
                return (Map<String, Object>) seen;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("index.html?engine=" + engine + " drew no heatmap in " + TIMEOUT
                        + "\n" + browser.errors());
            }
            Thread.sleep(50);
        }
    }

    static long gzipSize(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
