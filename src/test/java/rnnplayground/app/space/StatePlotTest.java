package rnnplayground.app.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.Model;
import rnnplayground.app.NumberText;
import rnnplayground.app.PageState;
import rnnplayground.app.SymbolText;
import rnnplayground.app.figures.Action;
import rnnplayground.app.figures.Arrow;
import rnnplayground.app.figures.Dot;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.FigureParts;
import rnnplayground.app.figures.Label;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.PrincipalComponents;

class StatePlotTest {
    private static List<Dot> dots(Figure figure, String kind) {
        return FigureParts.ofKind(figure.dots, part -> part.kind, kind);
    }

    private static List<String> labels(Figure figure, String kind) {
        return FigureParts.labels(figure, kind);
    }

    @Test
    void aDotAStepInItsSymbolsColourJoinedToTheNextOnOneScale() {
        Model model = new Model(PageState.DEFAULT);
        StateSpace space = StateSpaceTest.searched(model.trajectory());
        Figure figure = StatePlot.of("Plain RNN", model.trajectory(), space, -1);
        PrincipalComponents pca = space.components();
        List<Dot> steps = dots(figure, "step");
        assertEquals(11, steps.size());
        Dot first = steps.get(0);
        for (int t = 0; t < 11; t++) {
            Dot dot = steps.get(t);
            assertEquals(t, dot.step);
            assertEquals(Alphabet.indexOf("abracadabra".charAt(t)), dot.symbol);
            assertTrue(dot.filled);
            assertEquals(Action.Kind.SELECT_STEP, dot.action.kind);
            assertEquals(t, dot.action.step);
            assertTrue(dot.x > StatePlot.LEFT && dot.x < StatePlot.WIDTH - StatePlot.RIGHT, "inside the plot");
            assertTrue(dot.y > StatePlot.TOP && dot.y < StatePlot.TOP + StatePlot.MAX_HEIGHT, "inside the plot");
            if (t > 0) {
                double scaleX = (dot.x - first.x) / (pca.projection(t, 0) - pca.projection(0, 0));
                double scaleY = (first.y - dot.y) / (pca.projection(t, 1) - pca.projection(0, 1));
                assertEquals(scaleX, scaleY, 1e-9 * scaleX, "the same scale on both axes, PC2 upwards");
            }
        }
        List<Arrow> trail = new ArrayList<>();
        for (Arrow arrow : figure.arrows) {
            if (arrow.kind.equals("trail")) {
                trail.add(arrow);
                assertTrue(!arrow.headed());
            }
        }
        assertEquals(10, trail.size(), "a line into every step but the first");
        assertEquals(4, trail.get(3).step);
        assertEquals(steps.get(3).x, trail.get(3).points[0], 0.0);
        assertEquals(steps.get(4).y, trail.get(3).points[3], 0.0);
        assertEquals(List.of(StatePlot.axisName(pca, 0), StatePlot.axisName(pca, 1)), labels(figure, "axis-name"));
        assertEquals("PC1 (" + NumberText.percent(pca.share(0)) + " of variance)", StatePlot.axisName(pca, 0));
        assertTrue(StatePlot.axisName(pca, 1).matches("PC2 \\(\\d+% of variance\\)"));
        assertEquals(StatePlot.WIDTH, figure.width(), 0.0);
    }

    @Test
    void fixedPointsAreDiamondsFilledWhenStableThatShowTheirDetails() {
        Model model = new Model(PageState.DEFAULT);
        StateSpace space = StateSpaceTest.searched(model.trajectory());
        Figure figure = StatePlot.of("Plain RNN", model.trajectory(), space, -1);
        List<Dot> fixed = dots(figure, "fixed");
        List<FixedPoint> points = space.fixedPoints();
        assertEquals(points.size(), fixed.size());
        for (int k = 0; k < points.size(); k++) {
            Dot dot = fixed.get(k);
            FixedPoint p = points.get(k);
            assertEquals(Dot.Shape.DIAMOND, dot.shape);
            assertEquals(p.symbol, dot.symbol);
            assertEquals(p.stable(), dot.filled);
            assertEquals(Action.Kind.DETAIL, dot.action.kind);
            assertEquals(k, dot.action.index);
            assertEquals(-1, dot.step);
            assertEquals(FixedPointText.tooltip(p), dot.description);
            assertTrue(dot.description.startsWith("Fixed point of " + SymbolText.quoted(p.symbol) + ", stable: largest |λ| 0."),
                    dot.description);
        }
        List<String> legend = labels(figure, "legend");
        for (int s = 0; s < Alphabet.SIZE; s++) {
            assertEquals(SymbolText.name(s), legend.get(s), "a legend entry a symbol, in its colour");
            assertEquals(s, dots(figure, "legend").get(s).symbol);
        }
        assertEquals(List.of("stable fixed point", "unstable"), legend.subList(Alphabet.SIZE, legend.size()),
                "no slow point, no entry for one");
    }

    @Test
    void itsDescriptionSaysTheSharesTheStepReadAndThePoints() {
        Model model = new Model(PageState.DEFAULT);
        StateSpace space = StateSpaceTest.searched(model.trajectory());
        PrincipalComponents pca = space.components();
        String description = StatePlot.description(model.trajectory(), space, 4);
        assertEquals("h_0 … h_10 on PC1 and PC2, which hold " + NumberText.percent(pca.share(0)) + " and "
                + NumberText.percent(pca.share(1)) + " of their variance; each dot coloured by the symbol read. Step 4 (“c”) is at ("
                + NumberText.fixed(pca.projection(4, 0), 2) + ", " + NumberText.fixed(pca.projection(4, 1), 2) + "). "
                + FixedPointText.summary(space), description);
        assertEquals(description, StatePlot.of("Plain RNN", model.trajectory(), space, 4).description);
        assertTrue(FixedPointText.summary(space).matches("Fixed points: “a” stable, \\|\u2060λ\\| 0\\.\\d\\d; “b” stable, .*; "
                + "space stable, \\|\u2060λ\\| 0\\.\\d\\d\\."), FixedPointText.summary(space));
    }

    @Test
    void everyCellsPlotHasFiniteCoordinatesInsideItsBox() {
        for (String key : Cells.keys()) {
            for (String sequence : new String[] {"ab", "aaaaaaaaaaaaaaaaaaaa", "abracadabra abracadabra"}) {
                Model model = new Model(new PageState(sequence, 5, 12).with(b -> b.cell(key)));
                StateSpace space = StateSpaceTest.searched(model.trajectory());
                for (double width : new double[] {200, StatePlot.WIDTH, 600, 1000}) {
                    Figure figure = StatePlot.of(key, model.trajectory(), space, 0, width);
                    double laidOut = Math.max(StatePlot.MIN_WIDTH, Math.min(StatePlot.MAX_WIDTH, width));
                    assertEquals(laidOut, figure.width(), 0.0, "as wide as asked, within its bounds");
                    double bottom = figure.height() - StatePlot.BELOW;
                    for (Dot dot : figure.dots) {
                        assertTrue(Double.isFinite(dot.x) && Double.isFinite(dot.y), key + " " + sequence);
                        if (!dot.kind.equals("legend")) {
                            assertTrue(dot.x >= StatePlot.LEFT && dot.x <= laidOut - StatePlot.RIGHT, key + " " + sequence);
                            assertTrue(dot.y >= StatePlot.TOP && dot.y <= bottom, key + " " + sequence);
                        }
                    }
                    for (Label label : figure.labels) {
                        assertTrue(!label.text.contains("NaN") && Double.isFinite(label.x) && Double.isFinite(label.y));
                        assertTrue(label.x >= 0 && label.x <= laidOut, label.text);
                    }
                }
            }
        }
    }

    @Test
    void ticksAreRoundAndWrittenWithTheirStepsDecimals() {
        assertEquals(0.5, new Ticks(0.31).step, 0.0);
        assertEquals(1, new Ticks(0.31).digits);
        assertEquals(0.2, new Ticks(0.11).step, 1e-15);
        assertEquals(0.01, new Ticks(0.0083).step, 1e-15);
        assertEquals(2, new Ticks(0.0083).digits);
        assertEquals(1, new Ticks(1).step, 0.0);
        assertEquals(0, new Ticks(1).digits);
        assertEquals(5, new Ticks(3.2).step, 0.0);
        Ticks half = new Ticks(0.4);
        assertEquals(5, half.count(-1.2, 1.1), "−1, −0.5, 0, 0.5, 1");
        assertEquals(-1.0, half.value(-1.2, 0), 0.0);
        assertEquals("0.0", half.label(half.value(-1.2, 2)));
        assertEquals("−0.5", half.label(-0.5));
    }
}
