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
        return seriousViolations(browser, "document");
    }

    /** The same within the elements {@code selectors} select, each with what is in it. */
    static List<String> seriousViolationsIn(Chromium browser, String... selectors) {
        StringBuilder include = new StringBuilder("{include: [");
        for (int k = 0; k < selectors.length; k++) {
            include.append(k == 0 ? "" : ", ").append("['").append(selectors[k]).append("']");
        }
        return seriousViolations(browser, include.append("]}").toString());
    }

    /** Axe's findings in {@code context}, a script expression: the document, or what to include. */
    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(Chromium browser, String context) {
        if (!Boolean.TRUE.equals(browser.js("return typeof axe === 'object';"))) {
            try {
                browser.js(Files.readString(SCRIPT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (List<String>) browser.jsAsync("axe.run(" + context + ", {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));", context);
    }
}
