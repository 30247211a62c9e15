package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Debian's WebKitGTK: MiniBrowser in automation mode on a private Xvfb display, driven through
 * WebKitWebDriver with Selenium's RemoteWebDriver. WebKitWebDriver does not hand out the console,
 * so {@link #errors()} reports what the page raises after it has loaded (errors, rejections, policy
 * violations, console.error); problems while it loads show in the engine line instead.
 */
final class WebKit implements BrowserDriver {
    static final Path DRIVER = Path.of("/usr/bin/WebKitWebDriver");
    static final Path MINIBROWSER = Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");
    static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private static final String RECORD_ERRORS = "if (!window.reportedErrors) { window.reportedErrors = [];"
            + " const add = text => window.reportedErrors.push(String(text));"
            + " addEventListener('error', e => add(e.message));"
            + " addEventListener('unhandledrejection', e => add('unhandled rejection: ' + e.reason));"
            + " addEventListener('securitypolicyviolation', e => add('policy violation: ' + e.violatedDirective));"
            + " const original = console.error; console.error = (...a) => { add(a.join(' ')); original.apply(console, a); }; }";

    private final Process display;
    private final Process driverProcess;
    private final RemoteWebDriver driver;

    WebKit() {
        Path home = Site.scratch("webkit-home");
        int number = freeDisplay();
        try {
            display = new ProcessBuilder(XVFB.toString(), ":" + number, "-screen", "0", "1280x1024x24", "-nolisten",
                    "tcp", "-noreset").redirectErrorStream(true).redirectOutput(home.resolve("xvfb.log").toFile()).start();
            waitUntil("the display :" + number, () -> Files.exists(Path.of("/tmp/.X11-unix/X" + number)));
            int port = BrowserDriver.freePort();
            ProcessBuilder builder = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--host=127.0.0.1");
            builder.environment().put("DISPLAY", ":" + number);
            builder.environment().put("HOME", home.toString());
            builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
            builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
            builder.environment().put("XDG_RUNTIME_DIR", home.toString());
            builder.environment().put("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
            builder.redirectErrorStream(true).redirectOutput(home.resolve("webkitwebdriver.log").toFile());
            driverProcess = builder.start();
            String address = "http://127.0.0.1:" + port;
            waitUntil("WebKitWebDriver answers", () -> answers(address + "/status"));
            MutableCapabilities capabilities = new MutableCapabilities();
            capabilities.setCapability("webkitgtk:browserOptions",
                    Map.of("binary", MINIBROWSER.toString(), "args", List.of("--automation")));
            driver = new RemoteWebDriver(new URL(address), capabilities);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    private static int freeDisplay() {
        for (int number = 90; number < 190; number++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && !Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                return number;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(500);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void load(String url) {
        driver.get("about:blank");
        driver.get(url);
        waitUntil("the page loads", () -> "complete".equals(driver.executeScript("return document.readyState;")));
        driver.executeScript(RECORD_ERRORS);
    }

    @Override
    public Object js(String body) {
        Object result = driver.executeScript(body);
        return result instanceof Number n ? (Object) n.doubleValue() : result;
    }

    @Override
    public void click(String css) {
        WebElement element = driver.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new Actions(driver).moveToElement(element).click().perform();
    }

    @Override
    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> errors() {
        return (List<String>) driver.executeScript(
                "const e = window.reportedErrors || []; window.reportedErrors = []; return e;");
    }

    @Override
    public void close() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // the session may already be gone
            }
        }
        BrowserDriver.stop(driverProcess);
        BrowserDriver.stop(display);
    }
}
