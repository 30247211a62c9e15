package rnnplayground.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.Event;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi straight from its
 * --remote-debugging-port (there is no geckodriver here), with a fresh profile and home under target/.
 */
final class Firefox implements BrowserDriver {
    static final Path BINARY = Path.of("/usr/bin/firefox-esr");
    /** Quiet: no first-run pages, no updates, no telemetry, no background connections. */
    private static final String PREFERENCES = String.join("\n",
            "user_pref('browser.shell.checkDefaultBrowser', false);",
            "user_pref('browser.startup.homepage_override.mstone', 'ignore');",
            "user_pref('browser.aboutwelcome.enabled', false);",
            "user_pref('datareporting.policy.dataSubmissionEnabled', false);",
            "user_pref('datareporting.healthreport.uploadEnabled', false);",
            "user_pref('toolkit.telemetry.enabled', false);",
            "user_pref('app.update.enabled', false);",
            "user_pref('app.normandy.enabled', false);",
            "user_pref('services.settings.server', 'http://127.0.0.1:9/');",
            "user_pref('network.captive-portal-service.enabled', false);",
            "user_pref('network.connectivity-service.enabled', false);",
            "user_pref('extensions.update.enabled', false);",
            "user_pref('browser.safebrowsing.update.enabled', false);",
            "user_pref('browser.download.folderList', 2);",
            "") + "\n";
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    private final Process process;
    private final BiDi bidi;
    private final String context;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    Firefox() {
        Path home = Site.scratch("firefox-home");
        Path profile = Site.scratch("firefox-profile");
        try {
            Files.writeString(profile.resolve("user.js"), PREFERENCES);
            ProcessBuilder builder = new ProcessBuilder(BINARY.toString(), "--headless", "--no-remote", "--profile",
                    profile.toString(), "--remote-debugging-port", String.valueOf(BrowserDriver.freePort()),
                    "about:blank");
            builder.environment().put("HOME", home.toString());
            builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
            builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            builder.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
            builder.redirectErrorStream(true);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String socket = awaitSocket();
        String url = socket + "/session";
        HttpClient client = HttpClient.Factory.createDefault().createClient(
                ClientConfig.defaultConfig().baseUri(java.net.URI.create(url)));
        bidi = new BiDi(new Connection(client, url), TIMEOUT);
        send("session.new", Map.of("capabilities", Map.of()));
        Map<String, Object> tree = send("browsingContext.getTree", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contexts = (List<Map<String, Object>>) tree.get("contexts");
        context = (String) contexts.get(0).get("context");
        send("browsingContext.setViewport", Map.of("context", context, "viewport", Map.of("width", 1280, "height", 900)));
        bidi.addListener(new Event<Map<String, Object>>("log.entryAdded", map -> map), entry -> {
            String text = String.valueOf(entry.get("text"));
            // Firefox also reports a MathML element's child count while the page is still being parsed, when it lays
            // out an <msub> whose second child has not arrived; the markup itself is checked by StaticFilesTest
            if ("error".equals(entry.get("level")) && !text.startsWith("Invalid markup: Incorrect number of children")) {
                errors.add(text);
            }
        });
        // policy violations are not console messages in every browser: record them from the page
        send("script.addPreloadScript", Map.of("functionDeclaration", "() => {"
                + " addEventListener('securitypolicyviolation', e => console.error('policy violation: '"
                + "   + e.violatedDirective + ' ' + e.blockedURI)); }"));
    }

    /** Reads Firefox's output until it says where it listens; keeps draining it afterwards. */
    private String awaitSocket() {
        CompletableFuture<String> socket = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        socket.complete(m.group(1));
                    }
                }
                socket.completeExceptionally(new IllegalStateException("Firefox ended before it listened"));
            } catch (IOException e) {
                socket.completeExceptionally(e);
            }
        }, "firefox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return socket.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Firefox did not start its WebDriver BiDi server", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(String method, Map<String, Object> params) {
        return (Map<String, Object>) bidi.send(new Command<>(method, params, Map.class));
    }

    @Override
    public void load(String url) {
        send("browsingContext.navigate", Map.of("context", context, "url", "about:blank", "wait", "complete"));
        send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    @Override
    public Object js(String body) {
        Map<String, Object> result = send("script.evaluate", Map.of("expression", "(() => {" + body + "})()",
                "target", Map.of("context", context), "awaitPromise", true, "resultOwnership", "none"));
        if ("exception".equals(result.get("type"))) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) result.get("result");
        String type = (String) value.get("type");
        if (type.equals("null") || type.equals("undefined")) {
            return null;
        }
        if (type.equals("string") || type.equals("boolean")) {
            return value.get("value");
        }
        if (type.equals("number")) {
            return ((Number) value.get("value")).doubleValue();
        }
        throw new IllegalStateException("a script returned a " + type);
    }

    @Override
    public void click(String css) {
        Object at = js("const e = document.querySelector(" + quote(css) + "); e.scrollIntoView({block: 'center'});"
                + "const r = e.getBoundingClientRect(); return Math.round(r.left + r.width / 2) + ','"
                + " + Math.round(r.top + r.height / 2);");
        String[] xy = ((String) at).split(",");
        int x = Integer.parseInt(xy[0]);
        int y = Integer.parseInt(xy[1]);
        send("input.performActions", Map.of("context", context, "actions", List.of(Map.of("type", "pointer",
                "id", "mouse", "parameters", Map.of("pointerType", "mouse"), "actions", List.of(
                        Map.of("type", "pointerMove", "x", x, "y", y),
                        Map.of("type", "pointerDown", "button", 0),
                        Map.of("type", "pointerUp", "button", 0))))));
    }

    @Override
    public void type(String text) {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            String key = String.valueOf(text.charAt(k));
            keys.add(Map.of("type", "keyDown", "value", key));
            keys.add(Map.of("type", "keyUp", "value", key));
        }
        send("input.performActions", Map.of("context", context, "actions",
                List.of(Map.of("type", "key", "id", "keyboard", "actions", keys))));
    }

    @Override
    public List<String> errors() {
        synchronized (errors) {
            List<String> copy = new ArrayList<>(errors);
            errors.clear();
            return copy;
        }
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() {
        bidi.close();
        BrowserDriver.stop(process);
    }
}
