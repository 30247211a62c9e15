package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class: the system's chromium and chromedriver (Selenium Manager is
 * never asked to download anything), with its profile, caches and home under target/.
 */
final class Browser implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    final ChromeDriver driver;

    Browser() {
        this(options -> { });
    }

    /** A browser with {@code configure} applied to its options last. */
    Browser(Consumer<ChromeOptions> configure) {
        Path home = scratch("browser-home");
        Map<String, String> environment = new HashMap<>();
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .withEnvironment(environment)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + scratch("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        configure.accept(options);
        driver = new ChromeDriver(service, options);
        size(1280, 900);
    }

    private static Path scratch(String name) {
        try {
            Path dir = Site.BUILD.resolve("browser").toAbsolutePath();
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Opens the page with {@code query} (e.g. "engine=js") and {@code hash}, and waits until it is live. */
    void open(String query, String hash) {
        driver.get("about:blank"); // a change of hash alone would not load the page again
        driver.get(Site.url() + "index.html" + (query.isEmpty() ? "" : "?" + query) + (hash.isEmpty() ? "" : "#" + hash));
        waitUntil("the page has started an engine", () -> {
            Object engine = js("return document.documentElement.getAttribute('data-engine');");
            return engine != null;
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, TIMEOUT).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** Console messages of level SEVERE since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Every resource the page requested that is not on the page's own origin. */
    @SuppressWarnings("unchecked")
    List<String> foreignRequests() {
        List<String> names = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
        List<String> foreign = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(Site.origin() + "/")) {
                foreign.add(name);
            }
        }
        return foreign;
    }

    @SuppressWarnings("unchecked")
    List<String> requestedFiles() {
        return (List<String>) js("return performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).pathname.replace(/^.*\\//, ''));");
    }

    void emulateColorScheme(String scheme) {
        Map<String, Object> feature = Map.of("name", "prefers-color-scheme", "value", scheme);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(feature)));
    }

    /** Saves a screenshot of the whole page under target/screenshots/. */
    Path screenshot(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Path dir = Site.BUILD.resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
