package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Cells;
import rnnplayground.core.Predictions;

/** What the page says about training: the status line under the Train button, and what it announces. */
public final class TrainingText {
    private static final double LN2 = 0.6931471805599453;

    private TrainingText() {
    }

    /**
     * The status line for the training of {@code lanes} on a sequence of {@code symbols}; {@code halted}
     * says why it stopped where the lanes do not see it (its worker failed), or is "".
     */
    public static String status(Lanes lanes, int symbols, String halted) {
        Training training = lanes.first();
        if (training.catchingUp() && !halted.isEmpty()) {
            return "The link’s training stopped at step " + NumberText.grouped(lanes.stepsTaken()) + " of "
                    + NumberText.grouped(training.goal()) + ".";
        }
        if (training.catchingUp()) {
            return "Running the link’s " + NumberText.grouped(training.goal()) + " training steps again… "
                    + NumberText.grouped(lanes.stepsTaken()) + " done.";
        }
        if (!lanes.stopReason().isEmpty()) {
            return lanes.stopReason() + " " + progress(lanes);
        }
        if (lanes.plateaued()) {
            return progress(lanes) + ". " + Plateau.sentence();
        }
        if (symbols < 2 && training.task().readsText()) {
            return "Training needs at least two symbols: one to read, one to predict.";
        }
        if (training.plan().steps() == 0) {
            return "Step 0: random weights, so any pattern is an accident. Loss " + losses(lanes)
                    + " nats per symbol; " + uniform() + ".";
        }
        return progress(lanes);
    }

    /** "a uniform guess: ln 6 = 1.79, the dashed line": the chance level the loss is measured against. */
    public static String uniform() {
        return "a uniform guess: " + chanceLine();
    }

    /** "ln 6 = 1.79": the uniform guess's loss, as the chart labels its dashed line. */
    public static String chanceLine() {
        return "ln " + Alphabet.SIZE + " = " + NumberText.significant(Predictions.uniformLoss(), 2);
    }

    /**
     * "Step 412 · loss 0.083 nats per symbol (0.12 bits; a uniform guess: ln 6 = 1.79)", or with both
     * cells' losses when compared.
     */
    public static String progress(Lanes lanes) {
        String line = "Step " + NumberText.grouped(lanes.first().plan().steps());
        double loss = lanes.model(0).loss();
        if (loss != loss) {
            return line;
        }
        if (lanes.count() > 1) {
            return line + " · loss " + losses(lanes) + " nats per symbol (" + uniform() + ")";
        }
        return line + " · loss " + amount(loss, 3) + " nats per symbol (" + amount(loss / LN2, 2) + " bits; "
                + uniform() + ")";
    }

    /**
     * What the status says when new networks set trained ones aside: what changed from {@code before}
     * to {@code after}, and how many steps the kept networks had; the Undo beside it brings them back.
     */
    public static String setAside(PageState before, PageState after, int steps) {
        return "New networks for " + whatChanged(before, after) + ", at step 0. The network trained for "
                + NumberText.grouped(steps) + (steps == 1 ? " step" : " steps") + " is kept until you train these:";
    }

    /** "ρ 1.25", "hidden size 32", "the GRU", "seed 7", …: what new networks were built for. */
    static String whatChanged(PageState before, PageState after) {
        if (after.recurrentScale != before.recurrentScale) {
            return "ρ " + CellSettings.RECURRENT_SCALE_TEXTS[after.recurrentScale];
        }
        if (after.hiddenSize != before.hiddenSize) {
            return "hidden size " + after.hiddenSize;
        }
        if (!after.cell.equals(before.cell)) {
            return "the " + Cells.displayName(after.cell);
        }
        if (!after.compare.equals(before.compare)) {
            return after.compare.isEmpty() ? "one cell alone" : "a comparison with the " + Cells.displayName(after.compare);
        }
        return "seed " + Integer.toUnsignedString(after.seed);
    }

    /** What is announced once Undo has brought trained networks back. */
    public static String undone(Lanes lanes) {
        return "Back to the trained network. " + progress(lanes) + ".";
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

    /** A loss to a few significant digits, in the page's one format ("0.083", "3.7 × 10⁻³"). */
    private static String amount(double value, int decimals) {
        return NumberText.amount(value, decimals);
    }
}
