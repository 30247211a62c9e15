package rnnplayground.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * engines: first the forward pass, training, the influence of a choice and the page loads, then the
 * replays and the training in the page under a Chromium trace, whose main-thread tasks it adds to the
 * page's figures. Prints the table and writes it, with the raw figures, to target/bench/. A benchmark,
 * not a test: it fails only when the page cannot run.
 *
 * <p>{@code mvn -q test-compile exec:java@bench}; {@code -Dbench.runs=N} sets the runs per figure,
 * {@code -Dbench.suites=forward,training,influence,page,replay,page-training,figures,experiment,first-visit} picks the parts
 * ({@code first-visit}: {@link FirstVisitBench}, in a browser of its own; {@code -Dbench.before=DIR} also
 * times the site built in DIR, in turns with this one, there and in page-training), {@code -Dbench.paths=fast,link}
 * some of page-training's ways of training,
 * {@code -Dbench.engines=js} or {@code wasm} one engine, {@code -Dbench.cells=rnn,gru} some cells,
 * {@code -Dbench.sizes=64} some hidden sizes, and
 * {@code -Dbench.trace=true} also writes the trace to target/bench/trace.json.
 */
public final class Bench {
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final String TRACE_CATEGORIES = "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing";
    private static final String FIRST_VISIT = "first-visit";
    /** Where -Dbench.before=DIR's site is served beside this one, for the part page-training. */
    private static final String BEFORE = "before";
    private static final List<String> SUITES = List.of("forward", "training", "influence", "page", "replay", "page-training",
            "experiment", FIRST_VISIT);
    /** The parts whose main-thread tasks count: they run under a trace, with what they measured merged in. */
    private static final Map<String, String> TRACED = Map.of("replay", "replay", "page-training", "pageTraining");
    /** The prefixes of the performance marks the page sets around what the trace measures. */
    private static final List<String> MARKS = List.of("replay:", "page-training:");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        for (Path program : List.of(Chromium.BINARY, Chromium.DRIVER)) {
            if (!Files.isExecutable(program)) {
                System.err.println("The benchmark runs in headless Chromium and needs " + Chromium.BINARY + " and "
                        + Chromium.DRIVER + "; " + program + " is missing. On Debian or Ubuntu: "
                        + "sudo apt-get install chromium chromium-driver (./test.sh installs them too).");
                System.exit(2);
            }
        }
        int runs = Math.max(5, Integer.getInteger("bench.runs", 7));
        String options = "runs=" + runs + option("engines") + option("cells") + option("sizes") + option("paths");
        List<String> suites = List.of(System.getProperty("bench.suites", String.join(",", SUITES)).split(","));
        List<String> untraced = suites.stream().filter(s -> !TRACED.containsKey(s) && !s.equals(FIRST_VISIT)).toList();
        List<String> traced = suites.stream().filter(TRACED::containsKey).toList();
        Path out = Site.BUILD.resolve("bench");
        Files.createDirectories(out);
        Path before = Site.DIRECTORY.resolve(BEFORE);
        String beforeOption = "";
        if (System.getProperty("bench.before") != null && suites.contains("page-training")) {
            // the older site beside this one, on the same origin, so that bench.html reads its frames too
            Files.deleteIfExists(before);
            Files.createSymbolicLink(before, Path.of(System.getProperty("bench.before")).toAbsolutePath());
            beforeOption = "&before=" + BEFORE + "/";
        }
        try (SiteServer server = SiteServer.onFreePort(Site.DIRECTORY)) {
            String firstVisit = "";
            if (suites.contains(FIRST_VISIT)) {
                firstVisit = firstVisit(server);
                System.out.println(firstVisit);
            }
            if (!untraced.isEmpty() || !traced.isEmpty()) {
                runPage(server, out, runs, options + beforeOption, untraced, traced, firstVisit);
            } else {
                Files.writeString(out.resolve("bench.txt"), firstVisit, StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(before);
        }
    }

    /**
     * The part first-visit, on this site; with {@code -Dbench.before=DIR}, also on the site built in DIR
     * (another version of the code), the two sites' loads taken in turns.
     */
    private static String firstVisit(SiteServer server) throws Exception {
        Map<String, Map.Entry<String, Path>> sites = new LinkedHashMap<>();
        sites.put("", Map.entry(server.url(), Site.DIRECTORY));
        String before = System.getProperty("bench.before");
        if (before == null) {
            return FirstVisitBench.measure(sites, engines());
        }
        try (SiteServer other = SiteServer.onFreePort(Path.of(before))) {
            sites.put("before", Map.entry(other.url(), Path.of(before)));
            return FirstVisitBench.measure(sites, engines());
        }
    }

    /** The engines -Dbench.engines names, both by default. */
    private static List<String> engines() {
        return List.of(System.getProperty("bench.engines", "js,wasm").split(","));
    }

    /** The parts bench.html runs, their table printed and written with the first visit's after it. */
    private static void runPage(SiteServer server, Path out, int runs, String options, List<String> untraced,
            List<String> traced, String firstVisit) throws Exception {
        try (Chromium browser = new Chromium()) {
            String page = server.url() + "bench.html?" + options;
            System.out.println("Running " + page + " in headless Chromium (several minutes)");
            browser.driver.executeCdpCommand("Network.enable", Map.of());
            browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            Map<String, Object> results = null;
            if (!untraced.isEmpty()) {
                results = run(browser, page + "&suites=" + String.join(",", untraced));
            }
            if (!traced.isEmpty()) {
                Trace trace = Trace.start(browser.driver.getDevTools(), Boolean.getBoolean("bench.trace"));
                Map<String, Object> tracedResults = run(browser, page + "&suites=" + String.join(",", traced));
                List<Map<String, Object>> events = trace.stop();
                if (results == null) {
                    results = tracedResults;
                }
                for (String suite : traced) {
                    results.put(TRACED.get(suite), tracedResults.get(TRACED.get(suite)));
                }
                if (Boolean.getBoolean("bench.trace")) {
                    Path file = out.resolve("trace.json");
                    Files.writeString(file, new Json().toJson(Map.of("traceEvents", events)), StandardCharsets.UTF_8);
                    System.out.println("The trace (for Chromium's DevTools, Performance panel): " + file);
                }
                Timeline timeline = new Timeline(events);
                addReplayTrace(results, timeline);
                addPageTrainingTrace(results, timeline);
            }
            results.put("targets", browser.js("return window.benchTargets(arguments[0]);", results));
            String table = (String) browser.js("return window.benchFormat(arguments[0]);", results);
            Files.writeString(out.resolve("bench.json"), new Json().toJson(results), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("bench.txt"), table + "\n" + firstVisit, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(table);
            System.out.println();
            System.out.println("Written to " + out.resolve("bench.txt") + " and " + out.resolve("bench.json"));
        }
    }

    /** "&amp;name=value" for the system property bench.name, or "". */
    private static String option(String name) {
        String value = System.getProperty("bench." + name);
        return value == null ? "" : "&" + name + "=" + value;
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

    /** The main thread's tasks and the page's marks, from a trace. */
    static final class Timeline {
        final Map<String, Map<String, Object>> marks = new HashMap<>();
        final List<Map<String, Object>> tasks = new ArrayList<>();

        Timeline(List<Map<String, Object>> events) {
            for (Map<String, Object> event : events) {
                String name = String.valueOf(event.get("name"));
                if (MARKS.stream().anyMatch(name::startsWith)) {
                    marks.putIfAbsent(name, event);
                } else if (isTask(event)) {
                    tasks.add(event);
                }
            }
        }

        static boolean isTask(Map<String, Object> event) {
            return "RunTask".equals(event.get("name")) && "X".equals(event.get("ph"));
        }

        /** The tasks of the thread that set {@code mark}. */
        List<Map<String, Object>> tasksBeside(Map<String, Object> mark) {
            return tasks.stream().filter(task -> task.get("pid").equals(mark.get("pid")) && task.get("tid").equals(mark.get("tid")))
                    .toList();
        }

        /**
         * The tasks of the thread that set {@code label}:start, from it to {@code label}:end: the longest
         * one's duration and the most thread time one took, in ms (on a shared machine a task can last
         * longer than the work it does, waiting for a core); null without the marks.
         */
        double[] longestTaskMs(String label) {
            Map<String, Object> start = marks.get(label + ":start");
            Map<String, Object> end = marks.get(label + ":end");
            if (start == null || end == null) {
                return null;
            }
            double from = number(start.get("ts"));
            double to = number(end.get("ts"));
            double longest = 0;
            double busiest = 0;
            for (Map<String, Object> task : tasksBeside(start)) {
                double ts = number(task.get("ts"));
                double dur = number(task.get("dur"));
                if (ts + dur >= from && ts <= to) {
                    longest = Math.max(longest, dur);
                    busiest = Math.max(busiest, threadTime(task));
                }
            }
            return new double[] {longest / 1000, busiest / 1000};
        }

        /** The thread time of a task (tdur), in µs. */
        static double threadTime(Map<String, Object> task) {
            Object tdur = task.get("tdur");
            return tdur == null ? 0 : number(tdur);
        }
    }

    /** For each engine's training in the page, by each way of starting it: the longest task of every run. */
    @SuppressWarnings("unchecked")
    static void addPageTrainingTrace(Map<String, Object> results, Timeline timeline) {
        Map<String, Object> engines = (Map<String, Object>) results.get("pageTraining");
        if (engines == null) {
            return;
        }
        for (Map.Entry<String, Object> engine : engines.entrySet()) {
            for (Map.Entry<String, Object> path : ((Map<String, Object>) engine.getValue()).entrySet()) {
                Map<String, Object> summary = (Map<String, Object>) path.getValue();
                List<Object> labels = (List<Object>) summary.get("labels");
                List<Double> longest = new ArrayList<>();
                List<Double> busiest = new ArrayList<>();
                for (Object label : labels) {
                    double[] ms = timeline.longestTaskMs((String) label);
                    if (ms == null) {
                        System.out.println("  (the trace lacks the marks of " + label + ": its longest task is left out)");
                        break;
                    }
                    longest.add(ms[0]);
                    busiest.add(ms[1]);
                }
                if (longest.size() == labels.size()) {
                    summary.put("trace", Map.of("longestTaskMs", stats(longest), "longestTaskCpuMs", stats(busiest)));
                }
            }
        }
    }

    /**
     * For each engine's replay runs, from the trace: the load task (the one that marked the load of the
     * sequence), the start task (the one that marked the replay's start), the main thread's busy time
     * per frame after it (all its tasks until the end mark, over the frames), and the longest of those
     * later tasks.
     */
    @SuppressWarnings("unchecked")
    static void addReplayTrace(Map<String, Object> results, Timeline timeline) {
        Map<String, Object> replays = (Map<String, Object>) results.get("replay");
        if (replays == null) {
            return;
        }
        for (Map.Entry<String, Object> engine : replays.entrySet()) {
            Map<String, Object> replay = (Map<String, Object>) engine.getValue();
            List<Object> frames = (List<Object>) ((Map<String, Object>) replay.get("frames")).get("runs");
            List<Double> loadTask = new ArrayList<>();
            List<Double> startTask = new ArrayList<>();
            List<Double> perFrame = new ArrayList<>();
            List<Double> longest = new ArrayList<>();
            List<Double> busiest = new ArrayList<>();
            for (int r = 1; r <= frames.size(); r++) {
                Map<String, Object> load = timeline.marks.get("replay:" + engine.getKey() + ":" + r + ":load");
                Map<String, Object> start = timeline.marks.get("replay:" + engine.getKey() + ":" + r + ":start");
                Map<String, Object> end = timeline.marks.get("replay:" + engine.getKey() + ":" + r + ":end");
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
                double busiestTask = 0;
                for (Map<String, Object> task : timeline.tasksBeside(start)) {
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
                        busiestTask = Math.max(busiestTask, Timeline.threadTime(task));
                    }
                }
                loadTask.add(loading / 1000);
                startTask.add(first / 1000);
                perFrame.add(busy / 1000 / number(frames.get(r - 1)));
                longest.add(longestTask / 1000);
                busiest.add(busiestTask / 1000);
            }
            if (perFrame.size() == frames.size()) {
                Map<String, Object> trace = new HashMap<>();
                trace.put("loadTaskMs", stats(loadTask));
                trace.put("startTaskMs", stats(startTask));
                trace.put("mainThreadMsPerFrame", stats(perFrame));
                trace.put("longestTaskMs", stats(longest));
                trace.put("longestTaskCpuMs", stats(busiest));
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

        /** Traces from now on; keeps every event if {@code whole}, else only the tasks and the page's marks. */
        @SuppressWarnings("unchecked")
        static Trace start(DevTools devTools, boolean whole) {
            Trace trace = new Trace(devTools);
            devTools.createSessionIfThereIsNotOne();
            devTools.addListener(new Event<Map<String, Object>>("Tracing.dataCollected", input -> input.read(Map.class)),
                    data -> {
                        for (Map<String, Object> event : (List<Map<String, Object>>) data.get("value")) {
                            String name = String.valueOf(event.get("name"));
                            if (whole || Timeline.isTask(event) || MARKS.stream().anyMatch(name::startsWith)) {
                                trace.events.add(event);
                            }
                        }
                    });
            devTools.addListener(new Event<Map<String, Object>>("Tracing.tracingComplete", input -> input.read(Map.class)),
                    done -> trace.complete.countDown());
            devTools.send(new Command<Void>("Tracing.start", Map.of(
                    "categories", TRACE_CATEGORIES, "transferMode", "ReportEvents")));
            return trace;
        }

        List<Map<String, Object>> stop() throws InterruptedException {
            devTools.send(new Command<Void>("Tracing.end", Map.of()));
            if (!complete.await(2, TimeUnit.MINUTES)) {
                // a loaded machine can take longer to flush a long trace: the page's own figures still count
                System.out.println("  (the trace did not complete in 2 minutes: the longest tasks are left out)");
                return new ArrayList<>();
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
