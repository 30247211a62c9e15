package rnnplayground.app.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.ExperimentResult;
import rnnplayground.app.ExperimentSettings;
import rnnplayground.app.RecallExperiment;
import rnnplayground.app.RecallSentences;
import rnnplayground.core.Cells;

/** The recall experiment's chart as data: axes, ticks, a line and points per cell, chance, legend, words. */
class RecallChartTest {
    private static final ExperimentSettings SMALL = ExperimentSettings.parse("1,2,8,61:30:8:3:2");

    private static ExperimentResult run(ExperimentSettings settings, int pieces) {
        RecallExperiment experiment = new RecallExperiment(settings);
        experiment.run(pieces);
        return experiment.result();
    }

    private static List<Line> lines(Figure figure, String kind) {
        return FigureParts.ofKind(figure.lines, part -> part.kind, kind);
    }

    private static List<String> labels(Figure figure, String kind) {
        return FigureParts.labels(figure, kind);
    }

    @Test
    void aCompleteResultHasALinePerCellThroughEveryGapAboveTheChanceLine() {
        ExperimentResult result = run(SMALL, Integer.MAX_VALUE);
        Figure figure = RecallChart.of(result, 600);
        int cells = Cells.keys().length;
        assertEquals(cells, lines(figure, "series").size(), "a line per cell");
        for (Line series : lines(figure, "series")) {
            assertEquals(2 * 4, series.points.length, "through every gap");
        }
        for (int c = 0; c < cells; c++) {
            for (int g = 0; g < 4; g++) {
                Box point = figure.box("point-" + c + "-" + g);
                assertNotNull(point);
                assertEquals(RecallChart.colour(c), point.colour);
                assertTrue(point.description.startsWith(Cells.displayName(result.cell(c)) + ", gap " + result.gap(g) + ": "),
                        point.description);
            }
            assertNotNull(figure.box("legend-" + c), "a legend entry per cell");
        }
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%", "1", "2", "8", "61"), labels(figure, "tick"));
        Line chance = lines(figure, "chance").get(0);
        assertTrue(chance.dashed);
        assertEquals(RecallChart.TOP + RecallChart.PLOT_HEIGHT * 0.75, chance.points[1], 1e-9, "chance at 25%");
        List<String> legend = labels(figure, "legend");
        assertEquals("chance 25%", legend.get(legend.size() - 1), "chance is named in the legend");
        for (String key : Cells.keys()) {
            assertTrue(legend.contains(Cells.displayName(key)), key);
        }
        assertEquals(600, figure.width(), 0.0);
        assertTrue(figure.description.endsWith(String.join(" ", RecallSentences.all(result))), figure.description);
    }

    @Test
    void theGapsLieOnALogScale() {
        Figure figure = RecallChart.of(run(ExperimentSettings.parse("1,2,4,8:2:4:1"), Integer.MAX_VALUE), 500);
        List<Line> ticks = lines(figure, "tick");
        double first = ticks.get(1).points[0] - ticks.get(0).points[0];
        for (int g = 1; g < 3; g++) {
            assertEquals(first, ticks.get(g + 1).points[0] - ticks.get(g).points[0], 1e-9, "a doubling is one step");
        }
        assertTrue(RecallChart.position(0) < RecallChart.position(1), "a gap of 0 lies left of 1");
    }

    @Test
    void whileRunningOnlyThePointsMeasuredAreDrawn() {
        int pieces = 30 + RecallExperiment.HELD_OUT / RecallExperiment.SCORED_AT_ONCE; // one network of one point
        ExperimentResult result = run(SMALL, 2 * pieces + 3);
        Figure figure = RecallChart.of(result, 600);
        assertNotNull(figure.box("point-0-0"));
        assertNull(figure.box("point-1-0"));
        assertEquals(0, lines(figure, "series").size(), "no line through a single point");
        assertEquals(Cells.keys().length + 1, labels(figure, "legend").size(), "the legend names every cell from the start");
    }

    @Test
    void onAPhoneTheLegendWrapsAndTheTitlesShorten() {
        ExperimentResult result = run(SMALL, Integer.MAX_VALUE);
        Figure wide = RecallChart.of(result, 680);
        Figure narrow = RecallChart.of(result, 320);
        assertEquals(320, narrow.width(), 0.0);
        assertEquals(RecallChart.MIN_WIDTH, RecallChart.of(result, 100).width(), 0.0);
        assertTrue(narrow.height() > wide.height(), "the legend takes two rows");
        for (Label label : narrow.labels) {
            assertTrue(label.x >= 0 && label.x <= narrow.width(), label.text);
        }
        assertEquals("gap (log scale)", labels(narrow, "axis-title").get(0), "the long title would not fit");
        assertTrue(labels(wide, "axis-title").get(0).startsWith("gap: spaces between the symbol and the cue r"));
        for (Box box : narrow.boxes) {
            assertTrue(box.x + box.width / 2 <= narrow.width() && box.y + box.height / 2 <= narrow.height(), box.id);
        }
    }
}
