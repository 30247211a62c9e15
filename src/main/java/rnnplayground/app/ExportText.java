package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Trajectory;
import rnnplayground.core.Weights;

/**
 * What the export buttons download, as text: the hidden states as CSV and the weights as JSON. Every
 * number is written with {@link NumberText#exact}, so reading it back as a float gives the same bits
 * the page computed.
 */
public final class ExportText {
    private ExportText() {
    }

    /**
     * "step,character,h0,…,h{H-1}" and one row per step. The character is the symbol read at that step;
     * a space is quoted (" ") so that no tool trims it away.
     */
    public static String statesCsv(Trajectory trajectory) {
        int hidden = trajectory.hiddenSize();
        StringBuilder out = new StringBuilder("step,character");
        for (int i = 0; i < hidden; i++) {
            out.append(",h").append(i);
        }
        out.append('\n');
        for (int t = 0; t < trajectory.steps(); t++) {
            out.append(t).append(',').append(csvField(String.valueOf(Alphabet.symbolAt(trajectory.symbol(t)))));
            for (int i = 0; i < hidden; i++) {
                out.append(',').append(NumberText.exact(trajectory.h(t, i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The weights with their seed: W_xh (H rows of V), W_hh (H rows of H) and b, row-major. */
    public static String weightsJson(int seed, Weights weights) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"model\": \"h_t = tanh(W_xh x_t + W_hh h_(t-1) + b)\",\n");
        out.append("  \"seed\": ").append(Integer.toUnsignedString(seed)).append(",\n");
        out.append("  \"hiddenSize\": ").append(weights.hiddenSize).append(",\n");
        out.append("  \"alphabet\": [");
        for (int k = 0; k < Alphabet.SIZE; k++) {
            out.append(k == 0 ? "" : ", ").append('"').append(Alphabet.symbolAt(k)).append('"');
        }
        out.append("],\n");
        matrix(out, "W_xh", weights.wxh, weights.hiddenSize, weights.inputSize);
        out.append(",\n");
        matrix(out, "W_hh", weights.whh, weights.hiddenSize, weights.hiddenSize);
        out.append(",\n  \"b\": ");
        row(out, weights.b, 0, weights.hiddenSize);
        return out.append("\n}\n").toString();
    }

    /** A CSV field: quoted where a reader would trim it or split it (a space, a comma, a quote). */
    static String csvField(String text) {
        boolean plain = !text.isEmpty() && text.charAt(0) != ' ' && text.charAt(text.length() - 1) != ' '
                && text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0;
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A file name for an export: "rnn-{what}-{sequence}-seed{seed}-h{H}.{extension}". */
    public static String fileName(String what, PageState state, String extension) {
        String sequence = state.sequence.isEmpty() ? "empty" : state.sequence.replace(' ', '_');
        if (sequence.length() > 24) {
            sequence = sequence.substring(0, 24);
        }
        return "rnn-" + what + "-" + sequence + "-seed" + Integer.toUnsignedString(state.seed) + "-h"
                + state.hiddenSize + "." + extension;
    }

    private static void matrix(StringBuilder out, String name, float[] values, int rows, int columns) {
        out.append("  \"").append(name).append("\": [");
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
