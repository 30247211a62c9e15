package rnnplayground.app;

import rnnplayground.core.Cells;
import rnnplayground.core.Kernels;

/** What the page says about the recall experiment: its status while it runs and after, and its CSV. */
public final class ExperimentText {
    private ExperimentText() {
    }

    /**
     * "Training the GRU at gap 8, network 2 of 4 · 37% · about 40 s left" while it runs; how long it took
     * once done; where it stopped once cancelled. {@code elapsedMs}: the time it has run so far.
     */
    public static String status(RecallExperiment experiment, double elapsedMs) {
        ExperimentSettings settings = experiment.settings();
        String share = NumberText.percent(Math.floor(experiment.progress() * 100) / 100);
        if (experiment.cancelled()) {
            return "Cancelled after " + NumberText.duration(elapsedMs) + ", at " + share + ": the points measured so far stay.";
        }
        if (experiment.done()) {
            ExperimentResult result = experiment.result();
            return "Done in " + NumberText.duration(elapsedMs) + ": " + result.cellCount() + " cells × " + result.gapCount()
                    + (result.gapCount() == 1 ? " gap" : " gaps") + " × " + count(settings.networks, "network") + " of "
                    + NumberText.grouped(settings.steps) + " steps each.";
        }
        String cell = Cells.displayName(experiment.result().cell(experiment.currentCell()));
        String network = settings.networks == 1 ? ""
                : ", network " + (experiment.currentNetwork() + 1) + " of " + settings.networks;
        double left = experiment.estimatedMsLeft(elapsedMs);
        return "Training the " + cell + " at gap " + settings.gap(experiment.currentGap()) + network + " · " + share
                + " · " + (left == left ? "about " + NumberText.duration(left) + " left" : "estimating the time left");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * "cell,gap,network,recalled,held_out,point_accuracy,loss,weights_checksum" and a row for every
     * network measured: the held-out sequences it recalled (of those scored), the accuracy of its point
     * (the chart's: all its networks taken together), its mean loss at the recalled position in nats, and
     * the checksum of its trained weights, in hex, so that two runs can be told apart or found the same.
     */
    public static String csv(ExperimentResult result) {
        StringBuilder out = new StringBuilder("cell,gap,network,recalled,held_out,point_accuracy,loss,weights_checksum\n");
        for (int g = 0; g < result.gapCount(); g++) {
            for (int c = 0; c < result.cellCount(); c++) {
                if (!result.has(c, g)) {
                    continue;
                }
                for (int n = 0; n < result.networks(); n++) {
                    out.append(result.cell(c)).append(',').append(result.gap(g)).append(',').append(n).append(',')
                            .append(result.recalled(c, g, n)).append(',').append(result.scored(c, g, n)).append(',')
                            .append(NumberText.plain(result.accuracy(c, g), 6)).append(',')
                            .append(NumberText.exact(Kernels.toFloat(result.loss(c, g, n)))).append(',')
                            .append(hex(result.networkChecksum(c, g, n))).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String hex(int bits) {
        String text = Integer.toHexString(bits);
        return "00000000".substring(text.length()) + text;
    }

    /** "rnn-recall-1-2-4-8_3000_16_7_4.csv": the settings in the name. */
    public static String fileName(ExperimentSettings settings, String extension) {
        return "rnn-recall-" + settings.text().replace(',', '-').replace(':', '_') + "." + extension;
    }

    /**
     * How to run a longer experiment than {@code settings}: more steps and networks in the settings
     * (the link keeps them), with how much longer that takes.
     */
    public static String longer(ExperimentSettings settings) {
        ExperimentSettings more = new ExperimentSettings(settings.gaps(), Math.min(ExperimentSettings.MAX_STEPS,
                settings.steps * 3), settings.hiddenSize, settings.seed, Math.min(ExperimentSettings.MAX_NETWORKS,
                settings.networks * 2));
        double times = new RecallExperiment(more).workTotal() / new RecallExperiment(settings).workTotal();
        return "For a longer run, give each network more steps or each point more networks, e.g. " + more.text()
                + " (about " + NumberText.fixed(times, 0) + " times as long), and press the button again; the link "
                + "keeps the settings.";
    }
}
