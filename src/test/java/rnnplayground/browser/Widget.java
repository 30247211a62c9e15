package rnnplayground.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Lanes;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.PageState;
import rnnplayground.core.Trajectory;

/** Reads what the widget shows (the values of the accessible table, the seed, the message), and types into it. */
final class Widget {
    private final Chromium browser;

    Widget(Chromium browser) {
        this.browser = browser;
    }

    /** values[t][i] from the table's data-value attributes; NaN where a cell is not filled yet. */
    @SuppressWarnings("unchecked")
    double[][] values() {
        return values((List<List<String>>) browser.js("return " + TABLE_VALUES + ";"));
    }

    /** A script expression: the data-value of every cell of the numbers table, row by row. */
    static final String TABLE_VALUES = "Array.from(document.querySelectorAll('#numbers-table tbody tr'))"
            + ".map(r => Array.from(r.querySelectorAll('td')).map(c => c.getAttribute('data-value')))";

    /** values[t][i] from the table's rows of data-value texts (rows are dimensions). */
    static double[][] values(List<List<String>> rows) {
        int hidden = rows.size();
        int steps = hidden == 0 ? 0 : rows.get(0).size();
        double[][] values = new double[steps][hidden];
        for (int i = 0; i < hidden; i++) {
            for (int t = 0; t < steps; t++) {
                String v = rows.get(i).get(t);
                values[t][i] = v == null ? Double.NaN : Double.parseDouble(v);
            }
        }
        return values;
    }

    /** How many leading columns of the table hold values. */
    int filledColumns() {
        double[][] values = values();
        int filled = 0;
        while (filled < values.length && !Double.isNaN(values[filled][0])) {
            filled++;
        }
        return filled;
    }

    /** How many columns of the heatmap (one canvas pixel per cell) have their middle row painted. */
    int paintedColumns() {
        return ((Number) browser.js(
                "const c = document.getElementById('heatmap');"
                        + "const row = c.getContext('2d').getImageData(0, Math.floor(c.height / 2), c.width, 1).data;"
                        + "let n = 0; for (let t = 0; t < c.width; t++) { if (row[4 * t + 3] > 0) n++; } return n;"))
                .intValue();
    }

    /** Moves the mouse to the middle of cell (row, step) of the grid {@code canvasId}, scrolled into view if it is not. */
    Actions pointAt(String canvasId, int row, int step) {
        return pointAt(browser.find("#" + canvasId), row, step);
    }

    /** Moves the mouse to the middle of cell (row, step) of the grid {@code canvas}, scrolled into view if it is not. */
    Actions pointAt(WebElement canvas, int row, int step) {
        browser.js("arguments[0].scrollIntoView({block: 'nearest'});", canvas);
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) browser.js("const c = arguments[0], r = c.getBoundingClientRect();"
                + "return [r.width, r.height, c.width, c.height];", canvas);
        double width = size.get(0).doubleValue();
        double height = size.get(1).doubleValue();
        int x = (int) Math.round((step + 0.5) * width / size.get(2).doubleValue() - width / 2);
        int y = (int) Math.round((row + 0.5) * height / size.get(3).doubleValue() - height / 2);
        return new Actions(browser.driver).moveToElement(canvas, x, y);
    }

    /**
     * Clicks cell (row, step) of the grid {@code canvasId}, waits until its arithmetic is open, and until
     * the page has stopped scrolling to show it.
     */
    void openCell(String canvasId, int row, int step) {
        String before = browser.find("#arithmetic").isDisplayed() ? browser.find("#arithmetic-title").getText() : "";
        pointAt(canvasId, row, step).click().perform();
        browser.waitUntil("the arithmetic opens", () -> browser.find("#arithmetic").isDisplayed()
                && !browser.find("#arithmetic-title").getText().equals(before));
        waitForTheScrollToSettle();
    }

    /** Waits until the page's scroll position stays the same between two looks (a smooth scroll has ended). */
    void waitForTheScrollToSettle() {
        long[] last = {-1};
        browser.waitUntil("the page stops scrolling", () -> {
            long now = ((Number) browser.js("return Math.round(scrollY);")).longValue();
            boolean still = now == last[0];
            last[0] = now;
            return still;
        });
    }

    /** Whether a letter of the strip is marked as the step being read: a replay is under way. */
    boolean stepMarked() {
        return !browser.driver.findElements(By.cssSelector("#strip .current")).isEmpty();
    }

    /** Whether a replay of {@code steps} steps has ended: every column filled and no step marked. */
    boolean replayEnded(int steps) {
        return filledColumns() == steps && !stepMarked();
    }

    String seedText() {
        return browser.find("#seed").getText();
    }

    long seed() {
        return Long.parseLong(seedText().replaceAll("[^0-9]", ""));
    }

    String message() {
        return browser.find("#sequence-message").getText();
    }

    String sequence() {
        return browser.find("#sequence").getAttribute("value");
    }

    int caret() {
        return ((Number) browser.js("return document.getElementById('sequence').selectionStart;")).intValue();
    }

    /** Clicks into the sequence box, selects its characters from..to (a caret where they are equal) and types {@code keys} there. */
    void typeAt(int from, int to, CharSequence keys) {
        browser.click("#sequence");
        browser.js("document.getElementById('sequence').setSelectionRange(arguments[0], arguments[1]);", from, to);
        browser.type(keys.toString());
    }

    /** What the JVM computes for the same state, values[t][i], to the table's 9 decimals. */
    static double[][] expected(String sequence, int seed, int hiddenSize) {
        return expected(new Model(new PageState(sequence, seed, hiddenSize)).trajectory());
    }

    /** What the JVM computes for the state a link holds, its training run to the end. */
    static double[][] expected(String hash) {
        return expected(trained(HashCodec.decode(hash).state).trajectory());
    }

    /** The model of {@code state} after its training plan (on its task, if it has one), as the page runs it. */
    static Model trained(PageState state) {
        Lanes lanes = new Lanes(state);
        lanes.follow(state.training, state.sequence);
        while (lanes.busy()) {
            lanes.run(state.sequence, () -> 0, 0, Integer.MAX_VALUE);
        }
        return lanes.model(0);
    }

    private static double[][] expected(Trajectory trajectory) {
        int hiddenSize = trajectory.hiddenSize();
        double[][] values = new double[trajectory.steps()][hiddenSize];
        for (int t = 0; t < trajectory.steps(); t++) {
            for (int i = 0; i < hiddenSize; i++) {
                values[t][i] = Double.parseDouble(NumberText.plain(trajectory.h(t, i), 9));
            }
        }
        return values;
    }

    /** Presses Train, waits for {@code atLeast} steps, presses it again and waits until it has paused. */
    void train(int atLeast) {
        browser.click("#train");
        browser.waitUntil("the training reaches step " + atLeast, () -> trainingStep() >= atLeast);
        browser.click("#train");
        browser.waitUntil("the training pauses", () -> browser.find("#train").getAttribute("aria-pressed").equals("false"));
    }

    /** The state the address holds now, "#seq=…". */
    String hash() {
        return (String) browser.js("return location.hash;");
    }

    /** The status line of the training. */
    String trainingStatus() {
        return browser.find("#training-status").getText();
    }

    /** The step count the status line gives, e.g. 412 for "Step 412 · loss …". */
    int trainingStep() {
        String status = trainingStatus();
        return status.startsWith("Step ") ? Integer.parseInt(status.substring(5).split("[ :]")[0].replace(",", "")) : -1;
    }

    /** The loss the status line gives, in nats per symbol. */
    double trainingLoss() {
        String status = trainingStatus();
        // the first "loss" followed by a number: "Step 12 · loss 1.78 …", "The loss diverged: … loss 1.78"
        Matcher m = Pattern.compile("(?i)loss ([0-9])").matcher(status);
        if (!m.find()) {
            throw new IllegalStateException("no loss in the status: " + status);
        }
        return number(status.substring(m.start(1)));
    }

    /** The number {@code text} starts with, as the page writes it: "0.083", or "3.7 × 10⁻³". */
    static double number(String text) {
        String[] words = text.split(" ");
        double value = Double.parseDouble(words[0].replace('\u2212', '-'));
        if (words.length > 2 && words[1].equals("×") && words[2].startsWith("10")) {
            String exponent = words[2].substring(2).replaceAll("[^⁻⁰¹²³⁴⁵⁶⁷⁸⁹]", "");
            int power = 0;
            for (char c : exponent.toCharArray()) {
                power = c == '⁻' ? power : power * 10 + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            }
            value *= Math.pow(10, exponent.startsWith("⁻") ? -power : power);
        }
        return value;
    }

    /**
     * A script's start: the loss chart's canvas c and its pixels, colour(name) the RGB of a CSS variable,
     * and near(x, y, rgb, alpha) whether the pixel at (x, y) is about that colour and at least that opaque.
     */
    private static final String CHART_PIXELS = "const c = document.getElementById('loss-chart'), style = getComputedStyle(c);"
            + "const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "const colour = name => { const g = document.createElement('canvas').getContext('2d');"
            + "  g.fillStyle = style.getPropertyValue(name).trim(); g.fillRect(0, 0, 1, 1); return g.getImageData(0, 0, 1, 1).data; };"
            + "const near = (x, y, rgb, alpha) => { const k = 4 * (y * c.width + x); return data[k + 3] >= alpha"
            + "  && Math.abs(data[k] - rgb[0]) + Math.abs(data[k + 1] - rgb[1]) + Math.abs(data[k + 2] - rgb[2]) < 60; };";

    /**
     * The share of the loss chart's step axis (its plot, 40 CSS pixels in from either side) that the
     * line in the colour {@code lineColour} spans, from its first column to its last.
     */
    double lossChartSpan(String lineColour) {
        return ((Number) browser.js(CHART_PIXELS + "const line = colour(arguments[0]);"
                + "let first = -1, last = -1;"
                + "for (let x = 0; x < c.width; x++) { for (let y = 0; y < c.height; y++) {"
                + "  if (near(x, y, line, 200)) { if (first < 0) first = x; last = x; break; } } }"
                + "const ratio = c.width / c.clientWidth;"
                + "return (last - first) / (c.width - 80 * ratio);", lineColour)).doubleValue();
    }

    /** How many vertical lines the loss chart draws where a new text began (a dashed line, neighbouring columns counted once). */
    int lossChartEditMarks() {
        return ((Number) browser.js(CHART_PIXELS + "const mark = colour('--mark-changed');"
                + "let marks = 0, before = false;"
                + "for (let x = 0; x < c.width; x++) { let n = 0;"
                + "  for (let y = 0; y < c.height; y++) { if (near(x, y, mark, 40)) n++; }"
                + "  const line = n > c.height / 3; if (line && !before) marks++; before = line; }"
                + "return marks;")).intValue();
    }

    /**
     * Where the loss chart draws, in rows of its canvas: [0] the dashed line of the uniform guess (the
     * row with most opaque pixels of its colour), [1] and [2] the middle of the loss line in the colour
     * {@code lineColour} (a CSS variable) in its first and its last column, [3] the number of columns it
     * spans (0 before any step, [1] and [2] then -1).
     */
    @SuppressWarnings("unchecked")
    double[] lossChartRows(String lineColour) {
        List<Number> rows = (List<Number>) browser.js(CHART_PIXELS
                + "const line = colour(arguments[0]), rule = colour('--border-strong');"
                + "let uniform = -1, most = 0;"
                + "for (let y = 0; y < c.height; y++) { let n = 0;"
                + "  for (let x = 0; x < c.width; x++) { if (near(x, y, rule, 200)) n++; }"
                + "  if (n > most) { most = n; uniform = y; } }"
                + "const middles = [];"
                + "for (let x = 0; x < c.width; x++) { let sum = 0, n = 0;"
                + "  for (let y = 0; y < c.height; y++) { if (near(x, y, line, 200)) { sum += y; n++; } }"
                + "  if (n > 0) middles.push(sum / n); }"
                + "return middles.length ? [uniform, middles[0], middles[middles.length - 1], middles.length] : [uniform, -1, -1, 0];",
                lineColour);
        return rows.stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** The open arithmetic's lines, each [group, kind of term ("input", "sum", …), value]. */
    @SuppressWarnings("unchecked")
    List<List<Object>> arithmeticRows() {
        return (List<List<Object>>) browser.js("return Array.from(document.querySelectorAll('#arithmetic tr[data-group]'))"
                + ".map(r => [r.getAttribute('data-group'), r.className,"
                + " parseFloat(r.querySelector('[data-value]').getAttribute('data-value'))]);");
    }

    /** The value of the open arithmetic's line of {@code kind} in {@code group}, the first such. */
    double arithmeticValue(String group, String kind) {
        return arithmeticRows().stream().filter(r -> r.get(0).equals(group) && r.get(1).equals(kind))
                .map(r -> ((Number) r.get(2)).doubleValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + group + ": " + arithmeticRows()));
    }

    /** The top guesses under the predictions, one per column, and whether each is right ("" when it is). */
    @SuppressWarnings("unchecked")
    List<String> guessClasses() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#guesses span')).map(s => s.className);");
    }
}
