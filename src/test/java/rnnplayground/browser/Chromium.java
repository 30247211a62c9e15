package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium, which runs most browser tests: the system's chromium and chromedriver (Selenium
 * Manager is never asked to download anything), with its profile, caches and home under target/.
 * Beyond what every {@link BrowserDriver} does: the page's requests, the DevTools protocol (network,
 * media), downloads and screenshots.
 */
final class Chromium implements BrowserDriver {
    /** The system's Chromium and its driver (Debian packages chromium and chromium-driver). */
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    final ChromeDriver driver;

    Chromium() {
        Path home = Site.scratch("chromium-home");
        Map<String, String> environment = new HashMap<>();
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .withEnvironment(environment)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // Without the back-forward cache: every load leaves the page it replaces, and keeping that page
        // frozen in the cache took about 350 ms of each load (and kept its workers alive); no test goes back.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-back-forward-cache",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + Site.scratch("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        size(1280, 900);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void load(String url) {
        driver.get("about:blank"); // a change of hash alone would not load the page again
        driver.get(url);
    }

    @Override
    public Object js(String body) {
        return js(body, new Object[0]);
    }

    /** Runs {@code script} with {@code args} as its arguments; lists and maps come back as Java's. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs asynchronous {@code script}: it calls {@code done(result)}. */
    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + script, args);
    }

    /** Whether the script expression {@code condition} holds; false while the page is being replaced. */
    boolean pageHas(String condition) {
        try {
            return Boolean.TRUE.equals(js("return !!(" + condition + ");"));
        } catch (WebDriverException e) {
            return false;
        }
    }

    /**
     * The element {@code css} selects, the widget's group it is in (Training, Cell, Look inside, Share)
     * opened first if it is folded, as a person opens a group to reach what is in it.
     */
    WebElement find(String css) {
        WebElement element = driver.findElement(By.cssSelector(css));
        js("const group = arguments[0].closest('details.group:not([open])'); if (group) { group.open = true; }", element);
        return element;
    }

    /** The page's address, its hash included. */
    String location() {
        return (String) js("return location.href;");
    }

    @Override
    public void click(String css) {
        find(css).click();
    }

    @Override
    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** Console messages of level SEVERE since the last call (Chromium logs exceptions and policy violations there). */
    @Override
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Every resource the page requested that is not on the test site's origin. */
    List<String> foreignRequests() {
        return requestsOutside(Site.origin() + "/");
    }

    /** Every resource the page requested whose URL does not start with {@code prefix}. */
    @SuppressWarnings("unchecked")
    List<String> requestsOutside(String prefix) {
        List<String> names = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
        List<String> foreign = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(prefix)) {
                foreign.add(name);
            }
        }
        return foreign;
    }

    /**
     * The names of the files the page requested. Not blob: entries (what the page made itself, its
     * exports), nor the icon, which the browser fetches on its own whenever it chooses.
     */
    @SuppressWarnings("unchecked")
    List<String> requestedFiles() {
        return (List<String>) js("return performance.getEntriesByType('resource')"
                + ".filter(e => !e.name.startsWith('blob:'))"
                + ".map(e => new URL(e.name).pathname.replace(/^.*\\//, ''))"
                + ".filter(name => name !== 'favicon.svg');");
    }

    /** Whether the page is controlled by a service worker (its files come from the offline copy). */
    boolean controlled() {
        return (Boolean) js("return navigator.serviceWorker.controller !== null;");
    }

    /** Whether the site's service worker has filled its offline copy and is active. */
    boolean offlineCopyReady() {
        return (Boolean) jsAsync("navigator.serviceWorker.getRegistration().then("
                + "r => done(!!r && !!r.active && r.active.state === 'activated'), () => done(false));");
    }

    /** The names of the page's caches. */
    @SuppressWarnings("unchecked")
    List<String> cacheNames() {
        return (List<String>) jsAsync("caches.keys().then(done, e => done(['failed: ' + e]));");
    }

    /**
     * Replaces {@code file} in the page's offline copy (its first cache) through the Cache API, as a
     * disk error, an extension or an entry half written might.
     */
    void damageCachedFile(String file) {
        Object done = jsAsync("caches.keys().then(names => caches.open(names[0])).then(cache =>"
                + "  cache.keys().then(keys => keys.find(k => new URL(k.url).pathname.endsWith('/' + arguments[0])))"
                + "  .then(key => cache.match(key).then(old => cache.put(key, new Response('/* damaged */',"
                + "    {headers: old.headers})))))"
                + ".then(() => done('damaged'), e => done('failed: ' + e));", file);
        if (!"damaged".equals(done)) {
            throw new IllegalStateException(file + ": " + done);
        }
    }

    /** The SHA-256 of {@code file} as the page's offline copy (its first cache) holds it, in hex. */
    String cachedSha256(String file) {
        return (String) jsAsync("caches.keys().then(names => caches.open(names[0]))"
                + ".then(cache => cache.keys().then(keys => cache.match(keys.find("
                + "  k => new URL(k.url).pathname.endsWith('/' + arguments[0])))))"
                + ".then(r => r.arrayBuffer()).then(b => crypto.subtle.digest('SHA-256', b))"
                + ".then(d => done(Array.from(new Uint8Array(d)).map(x => x.toString(16).padStart(2, '0')).join('')),"
                + "  e => done('failed: ' + e));", file);
    }

    /** Cuts the page off the network (DevTools protocol network emulation), or connects it again. */
    void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    void emulateColorScheme(String scheme) {
        emulateMedia(Map.of("prefers-color-scheme", scheme));
    }

    /** Emulates media features, e.g. prefers-reduced-motion: reduce; an empty map ends the emulation. */
    void emulateMedia(Map<String, String> features) {
        List<Map<String, Object>> list = new ArrayList<>();
        features.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", list));
    }

    /** Lets the test site's pages read and write the clipboard. */
    void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", Site.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** Lets the page download files, into a fresh folder under target/ that this returns. */
    Path allowDownloads() {
        Path dir = Site.scratch("downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toString()));
        return dir;
    }

    /** Waits until {@code dir} holds the finished file {@code name}, and returns it. */
    Path downloaded(Path dir, String name) {
        Path file = dir.resolve(name);
        waitUntil("the download of " + name + " finishes", () -> Files.isRegularFile(file)
                && !Files.exists(dir.resolve(name + ".crdownload")) && file.toFile().length() > 0);
        return file;
    }

    /** Saves a screenshot of the whole page under target/screenshots/. */
    Path screenshot(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        return save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Saves a screenshot of what the window shows now (a sheet fixed to its bottom included), under target/screenshots/. */
    Path screenshotOfWindow(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        return save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Saves a screenshot of one element, even one taller than the window, under target/screenshots/. */
    @SuppressWarnings("unchecked")
    Path screenshotOf(String css, String name) {
        List<Number> r = (List<Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.left + scrollX, r.top + scrollY, r.width, r.height];", css);
        Map<String, Object> clip = Map.of("x", r.get(0), "y", r.get(1), "width", r.get(2), "height", r.get(3),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static Path save(String name, byte[] png) {
        try {
            Path dir = Site.BUILD.resolve("screenshots");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
