package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.openqa.selenium.json.Json;
import rnnplayground.app.ColorScale;
import rnnplayground.app.HashCodec;
import rnnplayground.app.Model;
import rnnplayground.app.PageState;
import rnnplayground.core.Param;

/** The downloads hold exactly what the JVM computes for the same state, and nothing leaves the page. */
class ExportTest extends PerEngineTest {
    private static final String SEQUENCE = "abracadabra dab";
    private static final int SEED = 12345;
    private static final int HIDDEN = 12;
    private static final String STEM = "abracadabra_dab-seed12345-h12";

    private Path downloads;
    private Model expected;

    /** A download folder of its own for each engine's run: the same file names come again. */
    @BeforeParameterizedClassInvocation
    void start() {
        downloads = browser.allowDownloads();
        expected = new Model(new PageState(SEQUENCE, SEED, HIDDEN));
    }

    @AfterEach
    void noConsoleErrorsAndNoForeignRequests() {
        assertCleanConsoleAndOrigin();
    }

    private void open() {
        open("seq=abracadabra%20dab&seed=" + SEED + "&h=" + HIDDEN);
    }

    private Path export(String button, String name) {
        List<String> requestsBefore = browser.requestedFiles();
        browser.find(button).click();
        Path file = browser.downloaded(downloads, name);
        browser.waitUntil("the status names the file",
                () -> browser.find("#share-status").getText().equals("Saved " + name));
        assertEquals(requestsBefore, browser.requestedFiles(), "an export fetches nothing");
        return file;
    }

    @Test
    void csvHoldsTheExactStatesOneRowPerStep() throws IOException {
        open();
        Path file = export("#export-csv", "rnn-states-" + STEM + ".csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder header = new StringBuilder("step,character");
        for (int i = 0; i < HIDDEN; i++) {
            header.append(",h").append(i);
        }
        header.append(",p_a,p_b,p_r,p_c,p_d,p_space");
        assertEquals(header.toString(), lines.get(0));
        assertEquals(SEQUENCE.length() + 1, lines.size());
        for (int t = 0; t < SEQUENCE.length(); t++) {
            String[] cells = lines.get(t + 1).split(",");
            assertEquals(2 + HIDDEN + 6, cells.length);
            assertEquals(String.valueOf(t), cells[0]);
            char c = SEQUENCE.charAt(t);
            assertEquals(c == ' ' ? "\" \"" : String.valueOf(c), cells[1]);
            for (int i = 0; i < HIDDEN; i++) {
                float h = expected.trajectory().h(t, i);
                assertEquals(Float.floatToIntBits(h), Float.floatToIntBits(Float.parseFloat(cells[2 + i])),
                        "h[" + i + ", " + t + "] = " + cells[2 + i] + ", the JVM has " + h);
            }
            for (int k = 0; k < 6; k++) {
                float p = (float) expected.predictions().probability(t, k);
                assertEquals(Float.floatToIntBits(p), Float.floatToIntBits(Float.parseFloat(cells[2 + HIDDEN + k])),
                        "p[" + k + ", " + t + "]");
            }
        }
    }

    @Test
    void jsonHoldsTheSeedAndTheExactWeights() throws IOException {
        open();
        Path file = export("#export-json", "rnn-weights-" + STEM + ".json");
        Map<String, Object> json = new Json().toType(Files.readString(file), Json.MAP_TYPE);
        assertEquals(SEED, ((Number) json.get("seed")).intValue());
        assertEquals(HIDDEN, ((Number) json.get("hiddenSize")).intValue());
        assertEquals(List.of("a", "b", "r", "c", "d", " "), json.get("alphabet"));
        assertEquals("rnn", json.get("cell"));
        assertEquals(0, ((Number) json.get("trainingSteps")).intValue());
        assertEquals(0.01, ((Number) json.get("learningRate")).doubleValue());
        assertEquals(Float.floatToIntBits((float) expected.loss()),
                Float.floatToIntBits((float) ((Number) json.get("loss")).doubleValue()), "the loss");
        assertParams(expected, json);
    }

    @Test
    void jsonOfATrainedGatedCellHoldsEachOfItsParamsByName() throws IOException {
        String hash = "seq=abracadabra%20dab&seed=" + SEED + "&h=" + HIDDEN + "&cell=lstm&train=30";
        open(hash);
        browser.waitUntil("the link's training is run again", () -> widget.trainingStep() == 30);
        Path file = export("#export-json", "rnn-weights-" + STEM + "-lstm-step30.json");
        Map<String, Object> json = new Json().toType(Files.readString(file), Json.MAP_TYPE);
        assertEquals("lstm", json.get("cell"));
        assertEquals(30, ((Number) json.get("trainingSteps")).intValue());
        Model trained = Widget.trained(HashCodec.decode(hash).state);
        assertEquals(List.of("W_i", "U_i", "b_i", "W_f", "U_f", "b_f", "W_o", "U_o", "b_o", "W_g", "U_g", "b_g", "W_hy", "b_y"),
                Arrays.stream(trained.network().params()).map(p -> p.name).toList());
        assertParams(trained, json);
    }

    /** Every param of {@code model} in {@code json} under its name, value for value. */
    private static void assertParams(Model model, Map<String, Object> json) {
        for (Param param : model.network().params()) {
            Object value = json.get(param.name);
            assertMatrix(param.w, param.rows, param.cols, param.cols == 1 ? singleColumn(value) : value, param.name);
        }
    }

    /** A bias, written as one list, as the column it is. */
    @SuppressWarnings("unchecked")
    private static List<List<Number>> singleColumn(Object list) {
        return ((List<Number>) list).stream().map(List::of).toList();
    }

    @SuppressWarnings("unchecked")
    private static void assertMatrix(float[] expected, int rows, int columns, Object actual, String name) {
        List<List<Number>> matrix = (List<List<Number>>) actual;
        assertEquals(rows, matrix.size(), name);
        for (int r = 0; r < rows; r++) {
            assertEquals(columns, matrix.get(r).size(), name);
            for (int c = 0; c < columns; c++) {
                float value = (float) matrix.get(r).get(c).doubleValue();
                assertEquals(Float.floatToIntBits(expected[r * columns + c]), Float.floatToIntBits(value),
                        name + "[" + r + "][" + c + "]");
            }
        }
    }

    @Test
    void pngShowsEveryCellInTheHeatmapColours() throws IOException {
        open();
        Path file = export("#export-png", "rnn-heatmap-" + STEM + ".png");
        BufferedImage image = ImageIO.read(file.toFile());
        int cellWidth = 24;
        int cellHeight = 16;
        assertEquals(SEQUENCE.length() * cellWidth, image.getWidth());
        assertEquals(HIDDEN * cellHeight + 24, image.getHeight());
        for (int t = 0; t < SEQUENCE.length(); t++) {
            for (int i = 0; i < HIDDEN; i++) {
                int rgb = image.getRGB(t * cellWidth + cellWidth / 2, i * cellHeight + cellHeight / 2) & 0xFFFFFF;
                assertEquals(Integer.toHexString(ColorScale.STATE.rgb(expected.trajectory().h(t, i))), Integer.toHexString(rgb),
                        "cell (" + i + ", " + t + ")");
            }
        }
        int letterRow = HIDDEN * cellHeight + 12;
        boolean inked = false;
        for (int x = 0; x < cellWidth; x++) {
            inked |= (image.getRGB(x, letterRow) & 0xFFFFFF) != 0xFFFFFF;
        }
        assertTrue(inked, "the letter under the first column is drawn");
    }

    @Test
    void anEmptySequenceHasNothingToExportAndSaysSo() {
        open("seq=&seed=1&h=4");
        browser.click("#export-csv");
        assertTrue(browser.find("#share-status").getText().startsWith("Type a sequence first"));
        browser.click("#export-png");
        assertTrue(browser.find("#share-status").getText().startsWith("Type a sequence first"));
        assertFalse(Files.exists(downloads.resolve("rnn-states-empty-seed1-h4.csv")));
    }
}
