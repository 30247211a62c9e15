package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rnnplayground.app.figures.Box;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.NextSymbolChart;
import rnnplayground.core.Alphabet;

class NextSymbolChartTest {
    private static double height(Figure figure, String id) {
        return figure.box(id).height;
    }

    @Test
    void theTemperatureMovesTheBarsTheSampleDrawsFromAndNotTheNetworksOwn() {
        Model model = trained();
        int step = 3;
        int cold = 1; // τ = 0.2
        int hot = SampleSettings.TEMPERATURE_TEXTS.length - 1; // τ = 2
        Figure atCold = NextSymbolChart.of(model.predictions(), step, model.trajectory().symbol(step), cold);
        Figure atHot = NextSymbolChart.of(model.predictions(), step, model.trajectory().symbol(step), hot);
        Figure atOne = NextSymbolChart.of(model.predictions(), step, model.trajectory().symbol(step),
                SampleSettings.DEFAULT_TEMPERATURE);
        int top = model.predictions().top(step);
        double sum = 0;
        for (int k = 0; k < Alphabet.SIZE; k++) {
            assertEquals(height(atCold, "own-" + k), height(atHot, "own-" + k), "the network's own bars stay");
            assertEquals(height(atOne, "own-" + k), height(atOne, "tempered-" + k), 1e-9, "at τ = 1 both are the same");
            sum += NextSymbolChart.tempered(model.predictions(), step, 2)[k];
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(height(atCold, "tempered-" + top) > height(atHot, "tempered-" + top),
                "a cold τ gives the likeliest symbol more, a hot one less");
        for (int k = 0; k < Alphabet.SIZE; k++) {
            if (k != top) {
                assertTrue(height(atHot, "tempered-" + k) >= height(atCold, "tempered-" + k), "a hot τ evens out: " + k);
            }
        }
        assertTrue(atHot.description.contains("at temperature 1 and at 2"), atHot.description);
        assertTrue(atHot.title.endsWith("probabilities at τ = 1 and at τ = 2"), atHot.title);
        assertTrue(atOne.title.endsWith("probabilities at τ = 1, which the sample draws from"), atOne.title);
        assertTrue(atOne.description.contains("at temperature 1, which the sample draws from:"), atOne.description);
        Box key = atHot.box("key-tempered");
        assertTrue(key.description.contains("τ = 2"), key.description);
    }

    private static Model trained() {
        PageState state = HashCodec.decode("#seq=abracadabra&seed=1&h=16&train=60").state;
        Model model = new Model(state);
        Training training = new Training(model, state.stepSettings());
        training.follow(state.training, state.sequence);
        while (training.busy()) {
            training.run(state.sequence, () -> 0, 0, Integer.MAX_VALUE);
        }
        model.weightsChanged();
        return model;
    }
}
