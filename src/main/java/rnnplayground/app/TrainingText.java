package rnnplayground.app;

/** What the page says about training: the status line under the Train button, and what it announces. */
public final class TrainingText {
    private static final double LN2 = 0.6931471805599453;

    private TrainingText() {
    }

    /** The status line for {@code training}, the current {@code loss} and a sequence of {@code symbols}. */
    public static String status(Training training, double loss, int symbols) {
        if (training.catchingUp()) {
            return "Running the link’s " + NumberText.grouped(training.goal()) + " training steps again… "
                    + NumberText.grouped(training.plan().steps()) + " done.";
        }
        if (!training.stopReason().isEmpty()) {
            return training.stopReason() + " " + progress(training, loss);
        }
        if (symbols < 2) {
            return "Training needs at least two symbols: one to read, one to predict.";
        }
        if (training.plan().steps() == 0) {
            return "Step 0: random weights, so any pattern is an accident. Loss " + NumberText.significant(loss, 3)
                    + " nats per symbol (a uniform guess: 1.792).";
        }
        return progress(training, loss);
    }

    /** "Step 412 · loss 0.083 nats per symbol (0.12 bits)". */
    public static String progress(Training training, double loss) {
        String line = "Step " + NumberText.grouped(training.plan().steps());
        if (loss != loss) {
            return line;
        }
        return line + " · loss " + amount(loss, 3) + " nats per symbol (" + amount(loss / LN2, 2) + " bits)";
    }

    /** A loss to a few significant digits, or "under 0.0001" once it is that small. */
    private static String amount(double value, int decimals) {
        return value < 0.0001 ? "under 0.0001" : NumberText.significant(value, decimals);
    }
}
