package rnnplayground.app;

import rnnplayground.core.Predictions;

/** What the page says about training: the status line under the Train button, and what it announces. */
public final class TrainingText {
    private static final double LN2 = 0.6931471805599453;

    private TrainingText() {
    }

    /** The status line for the training of {@code lanes} on a sequence of {@code symbols}. */
    public static String status(Lanes lanes, int symbols) {
        Training training = lanes.first();
        if (training.catchingUp()) {
            return "Running the link’s " + NumberText.grouped(training.goal()) + " training steps again… "
                    + NumberText.grouped(training.plan().steps()) + " done.";
        }
        if (!lanes.stopReason().isEmpty()) {
            return lanes.stopReason() + " " + progress(lanes);
        }
        if (symbols < 2 && training.task().readsText()) {
            return "Training needs at least two symbols: one to read, one to predict.";
        }
        if (training.plan().steps() == 0) {
            return "Step 0: random weights, so any pattern is an accident. Loss " + losses(lanes)
                    + " nats per symbol (a uniform guess: " + NumberText.significant(Predictions.uniformLoss(), 3) + ").";
        }
        return progress(lanes);
    }

    /** "Step 412 · loss 0.083 nats per symbol (0.12 bits)", or with both cells' losses when compared. */
    public static String progress(Lanes lanes) {
        String line = "Step " + NumberText.grouped(lanes.first().plan().steps());
        double loss = lanes.model(0).loss();
        if (loss != loss) {
            return line;
        }
        if (lanes.count() > 1) {
            return line + " · loss " + losses(lanes) + " nats per symbol";
        }
        return line + " · loss " + amount(loss, 3) + " nats per symbol (" + amount(loss / LN2, 2) + " bits)";
    }

    /** "0.083", or "Plain RNN 0.083, LSTM 0.12" when compared. */
    private static String losses(Lanes lanes) {
        if (lanes.count() == 1) {
            return amount(lanes.model(0).loss(), 3);
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lanes.count(); k++) {
            out.append(k == 0 ? "" : ", ").append(lanes.model(k).network().cell.displayName()).append(' ')
                    .append(amount(lanes.model(k).loss(), 3));
        }
        return out.toString();
    }

    /** A loss to a few significant digits, or "under 0.0001" once it is that small. */
    private static String amount(double value, int decimals) {
        return value < 0.0001 ? "under 0.0001" : NumberText.significant(value, decimals);
    }
}
