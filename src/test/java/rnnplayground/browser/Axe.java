package rnnplayground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** axe-core (a test-only npm package, see package.json) run in the page: its serious and critical findings. */
final class Axe {
    private static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    /** "rule: target, …" for every serious or critical violation in the page as it is now. */
    static List<String> seriousViolations(Chromium browser) {
        return seriousViolations(browser, null);
    }

    /** The same, for the part {@code context} selects (null: the whole page). */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Chromium browser, String context) {
        if (!Boolean.TRUE.equals(browser.js("return typeof axe === 'object';"))) {
            try {
                browser.js(Files.readString(SCRIPT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (List<String>) browser.jsAsync("axe.run(arguments[0] || document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));", context);
    }
}
