package rnnplayground.app.figures;

import rnnplayground.app.NumberText;
import rnnplayground.app.SampleSettings;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Predictions;
import rnnplayground.core.Softmax;

/**
 * What temperature does, drawn: the probability of every next symbol after one step, as a pair of bars,
 * the network's own (τ = 1) and the one the sample draws from at temperature τ, p = softmax(y / τ).
 */
public final class NextSymbolChart {
    private static final double BAR = 18;
    private static final double PAIR = 52;
    private static final double LEFT = 10;
    private static final double TOP = 52;
    private static final double TALL = 96;
    private static final double BOTTOM = 22;

    private NextSymbolChart() {
    }

    /** softmax(y_step / τ): the next symbol's probabilities at {@code temperature}. */
    public static double[] tempered(Predictions predictions, int step, double temperature) {
        double[] logits = new double[Alphabet.SIZE];
        for (int k = 0; k < logits.length; k++) {
            logits[k] = predictions.logit(step, k);
        }
        double[] p = new double[Alphabet.SIZE];
        Softmax.probabilities(logits, 0, logits.length, temperature, p, 0);
        return p;
    }

    /** The chart after step {@code step}, which read {@code read}, at the temperature of index {@code temperature}. */
    public static Figure of(Predictions predictions, int step, int read, int temperature) {
        String at = SampleSettings.TEMPERATURE_TEXTS[temperature];
        double[] own = tempered(predictions, step, 1);
        double[] hot = tempered(predictions, step, SampleSettings.temperature(temperature));
        boolean untempered = SampleSettings.temperature(temperature) == 1; // both bars the network's own: said once
        StringBuilder description = new StringBuilder("After step " + step + " (" + SymbolText.quoted(read)
                + "), each next symbol's probability at temperature 1"
                + (untempered ? ", which the sample draws from:" : " and at " + at + ":"));
        for (int k = 0; k < Alphabet.SIZE; k++) {
            description.append(k == 0 ? " " : ", ").append(SymbolText.name(k)).append(' ')
                    .append(NumberText.fixed(own[k], 2)).append(" → ").append(NumberText.fixed(hot[k], 2));
        }
        Figure figure = new Figure("After step " + step + ", which read " + SymbolText.quoted(read)
                + ": the next symbol's probabilities at τ = 1"
                + (untempered ? ", which the sample draws from" : " and at τ = " + at),
                description.append('.').toString(), LEFT * 2 + PAIR * Alphabet.SIZE, TOP + TALL + BOTTOM);
        double base = TOP + TALL;
        for (int k = 0; k < Alphabet.SIZE; k++) {
            double x = LEFT + PAIR * k + PAIR / 2;
            figure.boxes.add(bar("own-" + k, "bar own", x - BAR / 2 - 1, base, own[k], SymbolText.quoted(k) + " at 1"));
            figure.boxes.add(bar("tempered-" + k, "bar tempered", x + BAR / 2 + 1, base, hot[k],
                    SymbolText.quoted(k) + " at " + at));
            figure.labels.add(new Label(NumberText.fixed(hot[k], 2), "bar-value", x + BAR / 2 + 1,
                    base - Math.max(TALL * hot[k], 1) - 4, "middle", -1));
            figure.labels.add(new Label(SymbolText.glyph(k), "bar-symbol", x, base + 15, "middle", -1));
        }
        key(figure, "own", 8, "τ = 1: the network's own");
        key(figure, "tempered", 25, "τ = " + at + ": what the sample draws from");
        return figure;
    }

    /** A line of the key: a square of the bars' colour and what they are. */
    private static void key(Figure figure, String kind, double y, String text) {
        figure.boxes.add(new Box("key-" + kind, "bar " + kind + " key", Box.Shape.RECTANGLE, LEFT + 5, y + 5, 10, 10, "",
                "", -1, -1, Action.NONE, text));
        figure.labels.add(new Label(text, "bar-key", LEFT + 16, y + 9, "start", -1));
    }

    /** A bar standing on {@code base} at x, as tall as {@code p} of the chart's height (a hairline at least). */
    private static Box bar(String id, String kind, double x, double base, double p, String what) {
        double height = Math.max(1, TALL * p);
        return new Box(id, kind, Box.Shape.RECTANGLE, x, base - height / 2, BAR, height, "", "", -1, -1, Action.NONE,
                what + ": " + NumberText.fixed(p, 2));
    }
}
