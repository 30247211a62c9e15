package rnnplayground.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.json.Json;
import rnnplayground.server.SiteServer;

/**
 * The benchmark command: serves the built site and runs web/bench.html in headless Chromium, for both
 * engines: first the forward pass and the page loads, then the replays under a Chromium trace, whose
 * main-thread tasks it adds to the page's figures. Prints the table and writes it, with the raw
 * figures, to target/bench/. A benchmark, not a test: it fails only when the page cannot run.
 *
 * <p>{@code mvn -q test-compile exec:java@bench}; {@code -Dbench.runs=N} sets the runs per figure,
 * {@code -Dbench.suites=kernels,replay,page} picks the parts, {@code -Dbench.trace=true} also writes the replays' trace to target/bench/replay-trace.json.
 */
public final class Bench {
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final String TRACE_CATEGORIES = "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Math.max(5, Integer.getInteger("bench.runs", 7));
        Path out = Site.BUILD.resolve("bench");
        Files.createDirectories(out);
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY); Chromium browser = new Chromium()) {
            String page = server.url() + "bench.html?runs=" + runs;
            System.out.println("Running " + page + " in headless Chromium (a few minutes)");
            browser.driver.executeCdpCommand("Network.enable", Map.of());
            browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            List<String> suites = List.of(System.getProperty("bench.suites", "kernels,replay,page").split(","));
            String untraced = String.join(",", suites.stream().filter(s -> !s.equals("replay")).toArray(String[]::new));
            Map<String, Object> results = run(browser, page + "&suites=" + untraced);
            List<Map<String, Object>> events = List.of();
            if (suites.contains("replay")) {
                Trace trace = Trace.start(browser.driver.getDevTools());
                Map<String, Object> replay = run(browser, page + "&suites=replay");
                events = trace.stop();
                results.put("replay", replay.get("replay"));
            }
            if (Boolean.getBoolean("bench.trace")) {
                Path file = out.resolve("replay-trace.json");
                Files.writeString(file, new Json().toJson(Map.of("traceEvents", events)), StandardCharsets.UTF_8);
                System.out.println("The replays' trace (for Chromium's DevTools, Performance panel): " + file);
            }
            addTrace(results, events);
            String table = (String) browser.js("return window.benchFormat(arguments[0]);", results);
            Files.writeString(out.resolve("bench.json"), new Json().toJson(results), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("bench.txt"), table + "\n", StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(table);
            System.out.println();
            System.out.println("Written to " + out.resolve("bench.txt") + " and " + out.resolve("bench.json"));
        }
    }

    /** Opens {@code url} and returns the page's results once it is done. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Chromium browser, String url) throws InterruptedException {
        browser.driver.get(url);
        Instant deadline = Instant.now().plus(TIMEOUT);
        String last = "";
        Object state = null;
        while (state == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the benchmark page did not finish in " + TIMEOUT);
            }
            Thread.sleep(500);
            state = browser.js("return document.documentElement.getAttribute('data-bench');");
            String status = String.valueOf(browser.js("return document.getElementById('status').textContent;"));
            if (!status.equals(last)) {
                System.out.println("  " + status);
                last = status;
            }
        }
        Map<String, Object> results = (Map<String, Object>) browser.js("return window.benchResults;");
        if (!"done".equals(state)) {
            throw new IllegalStateException("the benchmark page stopped: " + results.get("error")
                    + "\n" + browser.errors());
        }
        return results;
    }

    /**
     * For each engine's replay runs, from the trace: the load task (the one that marked the load of the
     * sequence), the start task (the one that marked the replay's start), the main thread's busy time
     * per frame after it (all its tasks until the end mark, over the frames), and the longest of those
     * later tasks.
     */
    @SuppressWarnings("unchecked")
    static void addTrace(Map<String, Object> results, List<Map<String, Object>> events) {
        Map<String, Map<String, Object>> marks = new HashMap<>();
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Map<String, Object> event : events) {
            String name = String.valueOf(event.get("name"));
            if (name.startsWith("replay:")) {
                marks.putIfAbsent(name, event);
            } else if (name.equals("RunTask") && "X".equals(event.get("ph"))) {
                tasks.add(event);
            }
        }
        Map<String, Object> replays = (Map<String, Object>) results.get("replay");
        for (Map.Entry<String, Object> engine : replays.entrySet()) {
            Map<String, Object> replay = (Map<String, Object>) engine.getValue();
            List<Object> frames = (List<Object>) ((Map<String, Object>) replay.get("frames")).get("runs");
            List<Double> loadTask = new ArrayList<>();
            List<Double> startTask = new ArrayList<>();
            List<Double> perFrame = new ArrayList<>();
            List<Double> longest = new ArrayList<>();
            for (int r = 1; r <= frames.size(); r++) {
                Map<String, Object> load = marks.get("replay:" + engine.getKey() + ":" + r + ":load");
                Map<String, Object> start = marks.get("replay:" + engine.getKey() + ":" + r + ":start");
                Map<String, Object> end = marks.get("replay:" + engine.getKey() + ":" + r + ":end");
                if (load == null || start == null || end == null) {
                    break;
                }
                double loaded = number(load.get("ts"));
                double from = number(start.get("ts"));
                double to = number(end.get("ts"));
                double loading = 0;
                double first = 0;
                double busy = 0;
                double longestTask = 0;
                for (Map<String, Object> task : tasks) {
                    if (!task.get("pid").equals(start.get("pid")) || !task.get("tid").equals(start.get("tid"))) {
                        continue;
                    }
                    double ts = number(task.get("ts"));
                    double dur = number(task.get("dur"));
                    if (ts <= loaded && loaded <= ts + dur) {
                        loading = dur;
                    }
                    if (ts + dur < from || ts > to) {
                        continue;
                    }
                    if (ts <= from) {
                        first = dur;
                    } else {
                        busy += dur;
                        longestTask = Math.max(longestTask, dur);
                    }
                }
                loadTask.add(loading / 1000);
                startTask.add(first / 1000);
                perFrame.add(busy / 1000 / number(frames.get(r - 1)));
                longest.add(longestTask / 1000);
            }
            if (perFrame.size() == frames.size()) {
                Map<String, Object> trace = new HashMap<>();
                trace.put("loadTaskMs", stats(loadTask));
                trace.put("startTaskMs", stats(startTask));
                trace.put("mainThreadMsPerFrame", stats(perFrame));
                trace.put("longestTaskMs", stats(longest));
                replay.put("trace", trace);
            } else {
                System.out.println("  (the trace lacks the " + engine.getKey() + " replay's marks: main-thread figures left out)");
            }
        }
    }

    private static Map<String, Object> stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        Map<String, Object> stats = new HashMap<>();
        stats.put("median", median);
        stats.put("min", sorted.get(0));
        stats.put("max", sorted.get(sorted.size() - 1));
        stats.put("runs", values);
        return stats;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** A Chromium trace of the tasks and the performance marks, over the DevTools protocol. */
    private static final class Trace {
        private final DevTools devTools;
        private final List<Map<String, Object>> events = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch complete = new CountDownLatch(1);

        private Trace(DevTools devTools) {
            this.devTools = devTools;
        }

        @SuppressWarnings("unchecked")
        static Trace start(DevTools devTools) {
            Trace trace = new Trace(devTools);
            devTools.createSessionIfThereIsNotOne();
            devTools.addListener(new Event<Map<String, Object>>("Tracing.dataCollected", input -> input.read(Map.class)),
                    data -> trace.events.addAll((List<Map<String, Object>>) data.get("value")));
            devTools.addListener(new Event<Map<String, Object>>("Tracing.tracingComplete", input -> input.read(Map.class)),
                    done -> trace.complete.countDown());
            devTools.send(new Command<Void>("Tracing.start", Map.of(
                    "categories", TRACE_CATEGORIES, "transferMode", "ReportEvents")));
            return trace;
        }

        List<Map<String, Object>> stop() throws InterruptedException {
            devTools.send(new Command<Void>("Tracing.end", Map.of()));
            if (!complete.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the trace did not complete");
            }
            // the listeners run on another thread: let the last batches of events land
            int count = -1;
            while (count != events.size()) {
                count = events.size();
                Thread.sleep(500);
            }
            devTools.clearListeners();
            return new ArrayList<>(events);
        }
    }
}
