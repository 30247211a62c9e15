package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;
import rnnplayground.core.Gate;
import rnnplayground.core.Kernels;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Predictions;
import rnnplayground.core.StatePart;

/**
 * What the export buttons download, as text: the hidden states as CSV and the weights as JSON. Every
 * number is written with {@link NumberText#exact}, so reading it back as a float gives the same bits
 * the page computed.
 */
public final class ExportText {
    private static final String READOUT = "; y_t = W_hy h_t + b_y; p_t = softmax(y_t) predicts symbol t+1";
    private ExportText() {
    }

    /**
     * "step,character,h0,…,h{H-1},p_a,…,p_space" and one row per step: the symbol read at that step (a
     * space quoted, " ", so that no tool trims it away), the state after it (h, then the LSTM's c0 …),
     * each gate's values when {@code gates} (z0 …, r0 …), and the probability the model gives each
     * symbol of coming next.
     */
    public static String statesCsv(Trajectory trajectory, Predictions predictions, boolean gates) {
        int hidden = trajectory.hiddenSize();
        Gate[] shown = gates ? trajectory.cell().gates() : new Gate[0];
        StringBuilder out = new StringBuilder("step,character");
        StatePart[] further = trajectory.cell().kind().furtherState;
        for (int k = 0; k < trajectory.stateSize(); k++) {
            out.append(',').append(k < hidden ? "h" : further[k / hidden - 1].symbol).append(k % hidden);
        }
        for (Gate gate : shown) {
            for (int i = 0; i < hidden; i++) {
                out.append(',').append(gate.symbol).append(i);
            }
        }
        for (int k = 0; k < Alphabet.SIZE; k++) {
            out.append(",p_").append(SymbolText.name(k));
        }
        out.append('\n');
        for (int t = 0; t < trajectory.steps(); t++) {
            out.append(t).append(',').append(csvField(String.valueOf(Alphabet.symbolAt(trajectory.symbol(t)))));
            for (int k = 0; k < trajectory.stateSize(); k++) {
                out.append(',').append(NumberText.exact(trajectory.state(t, k)));
            }
            for (int g = 0; g < shown.length; g++) {
                for (int i = 0; i < hidden; i++) {
                    out.append(',').append(NumberText.exact(trajectory.gate(t, g, i)));
                }
            }
            for (int k = 0; k < Alphabet.SIZE; k++) {
                out.append(',').append(NumberText.exact(Kernels.toFloat(predictions.probability(t, k))));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The network with what made it: the seed, the hidden size, the training (steps, learning rate,
     * last loss), then every parameter by name in the network's order, row-major (a bias as one list).
     */
    public static String weightsJson(PageState state, Network network, double loss) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"model\": \"").append(network.cell.kind().equations).append(READOUT).append("\",\n");
        out.append("  \"cell\": \"").append(network.cell.key()).append("\",\n");
        out.append("  \"seed\": ").append(Integer.toUnsignedString(state.seed)).append(",\n");
        out.append("  \"hiddenSize\": ").append(network.hiddenSize()).append(",\n");
        out.append("  \"alphabet\": [");
        for (int k = 0; k < Alphabet.SIZE; k++) {
            out.append(k == 0 ? "" : ", ").append('"').append(Alphabet.symbolAt(k)).append('"');
        }
        out.append("],\n");
        out.append("  \"trainingSteps\": ").append(state.training.steps()).append(",\n");
        out.append("  \"training\": \"").append(state.training.text()).append("\",\n");
        out.append("  \"learningRate\": ").append(TrainingSettings.LEARNING_RATE_TEXTS[state.learningRate]).append(",\n");
        out.append("  \"loss\": ").append(loss == loss ? NumberText.exact(Kernels.toFloat(loss)) : "null");
        for (Param param : network.params()) {
            out.append(",\n  \"").append(param.name).append("\": ");
            if (param.cols == 1) {
                row(out, param.w, 0, param.rows);
            } else {
                matrix(out, param.w, param.rows, param.cols);
            }
        }
        return out.append("\n}\n").toString();
    }

    /** A CSV field: quoted where a reader would trim it or split it (a space, a comma, a quote). */
    static String csvField(String text) {
        boolean plain = !text.isEmpty() && text.charAt(0) != ' ' && text.charAt(text.length() - 1) != ' '
                && text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0;
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * A file name for an export: "rnn-{what}-{sequence}-seed{seed}-h{H}.{extension}", with "-{cell}"
     * after H for a cell other than the plain RNN and "-step{N}" for a trained network.
     */
    public static String fileName(String what, PageState state, String extension) {
        String sequence = state.sequence.isEmpty() ? "empty" : state.sequence.replace(' ', '_');
        if (sequence.length() > 24) {
            sequence = sequence.substring(0, 24);
        }
        int steps = state.training.steps();
        return "rnn-" + what + "-" + sequence + "-seed" + Integer.toUnsignedString(state.seed) + "-h" + state.hiddenSize
                + (state.cell.equals(PageState.DEFAULT.cell) ? "" : "-" + state.cell) + (steps == 0 ? "" : "-step" + steps)
                + "." + extension;
    }

    private static void matrix(StringBuilder out, float[] values, int rows, int columns) {
        out.append('[');
        for (int r = 0; r < rows; r++) {
            out.append(r == 0 ? "\n    " : ",\n    ");
            row(out, values, r * columns, columns);
        }
        out.append("\n  ]");
    }

    private static void row(StringBuilder out, float[] values, int from, int count) {
        out.append('[');
        for (int k = 0; k < count; k++) {
            out.append(k == 0 ? "" : ", ").append(NumberText.exact(values[from + k]));
        }
        out.append(']');
    }
}
