package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import rnnplayground.core.Adam;
import rnnplayground.core.Alphabet;
import rnnplayground.core.Predictions;
import rnnplayground.core.WeightInit;

/**
 * The numbers the page's prose shares with the code, each written from the constant the code runs
 * with: the build fills them into index.html, where the prose holds {@code <span data-fact="key">},
 * so that no number is written twice.
 */
public final class Facts {
    private static final double LN2 = 0.6931471805599453;

    private Facts() {
    }

    /** Every fact by its key, {key, text}. */
    public static String[][] all() {
        return new String[][] {
            {"symbols", String.valueOf(Alphabet.SIZE)},
            {"uniform-loss", NumberText.fixed(Predictions.uniformLoss(), 2)},
            {"uniform-bits", NumberText.fixed(Predictions.uniformLoss() / LN2, 2)},
            {"max-length", String.valueOf(SequenceRules.MAX_LENGTH)},
            {"hidden-min", String.valueOf(PageState.MIN_HIDDEN_SIZE)},
            {"hidden-max", String.valueOf(PageState.MAX_HIDDEN_SIZE)},
            {"hidden-default", String.valueOf(PageState.DEFAULT_HIDDEN_SIZE)},
            {"learning-rate", TrainingSettings.LEARNING_RATE_TEXTS[TrainingSettings.DEFAULT_LEARNING_RATE]},
            {"experiment-max-steps", NumberText.grouped(ExperimentSettings.MAX_STEPS)},
            {"recurrent-scale", CellSettings.RECURRENT_SCALE_TEXTS[CellSettings.DEFAULT_RECURRENT_SCALE]},
            {"input-scale", NumberText.fixed(WeightInit.WXH_SCALE, 1)},
            {"bias-scale", NumberText.fixed(WeightInit.B_SCALE, 1)},
            {"adam-beta1", NumberText.fixed(Adam.BETA1, 1)},
            {"adam-beta2", NumberText.fixed(Adam.BETA2, 3)},
            {"experiment-gaps", gaps(ExperimentSettings.DEFAULT)},
            {"experiment-steps", NumberText.grouped(ExperimentSettings.DEFAULT.steps)},
            {"experiment-hidden", String.valueOf(ExperimentSettings.DEFAULT.hiddenSize)},
            {"experiment-networks", String.valueOf(ExperimentSettings.DEFAULT.networks)},
            {"experiment-held-out", String.valueOf(RecallExperiment.HELD_OUT)},
        };
    }

    /** "1, 2, 4, 8, 16, 32 and 61". */
    private static String gaps(ExperimentSettings settings) {
        List<String> gaps = new ArrayList<>();
        for (int gap : settings.gaps()) {
            gaps.add(String.valueOf(gap));
        }
        return Sentences.list(gaps);
    }

    /** The text of fact {@code key}, or null. */
    public static String of(String key) {
        for (String[] fact : all()) {
            if (fact[0].equals(key)) {
                return fact[1];
            }
        }
        return null;
    }
}
