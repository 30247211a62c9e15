package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;
import rnnplayground.core.Alphabet;
import rnnplayground.core.ExpLog;
import rnnplayground.core.Kernels;
import rnnplayground.core.Predictions;
import rnnplayground.core.Readout;
import rnnplayground.core.Term;
import rnnplayground.core.Trajectory;

/**
 * The arithmetic of one prediction, p_t[k]: every symbol's logit y_j = (W_hy h_t)_j + b_y,j, computed
 * as the readout computed it, then the softmax that turns the logits into the probability shown.
 */
public final class PredictionArithmetic {
    private static final String SOFTMAX = "softmax";

    public final String title;
    public final List<Term> terms;
    public final String note;
    /** Every symbol the lines use, defined, in the terms' markup: "Where: t = 5 is the step, …". */
    public final String symbols;

    public PredictionArithmetic(Readout readout, Trajectory trajectory, Predictions predictions, int symbol, int step) {
        title = "p[" + SymbolText.name(symbol) + ", " + step + "]: the probability that "
                + SymbolText.quoted(symbol) + " follows step " + step;
        terms = new ArrayList<>();
        int hidden = trajectory.hiddenSize();
        double largest = predictions.logit(step, 0);
        for (int j = 0; j < Alphabet.SIZE; j++) {
            String group = "logit of " + SymbolText.quoted(j);
            double product = Kernels.dot(readout.why.w, j * hidden, trajectory.states(), trajectory.offset(step), hidden);
            terms.add(new Term(group, "(W_{hy} h_{t})_{" + SymbolText.name(j) + "}",
                    "row " + j + " of W_hy times h after step " + step, product, Term.Kind.RECURRENT));
            terms.add(new Term(group, "b_{y," + SymbolText.name(j) + "}", "the bias of " + SymbolText.quoted(j),
                    readout.by.w[j], Term.Kind.BIAS));
            terms.add(new Term(group, "y_{" + SymbolText.name(j) + "}", "the logit: the two added",
                    predictions.logit(step, j), Term.Kind.SUM));
            largest = Math.max(largest, predictions.logit(step, j));
        }
        double sum = 0;
        for (int j = 0; j < Alphabet.SIZE; j++) {
            sum += ExpLog.exp(predictions.logit(step, j) - largest);
        }
        double own = ExpLog.exp(predictions.logit(step, symbol) - largest);
        terms.add(new Term(SOFTMAX, "m = max y", "the largest logit, taken off first so that nothing overflows",
                largest, Term.Kind.INPUT));
        terms.add(new Term(SOFTMAX, "e^{y − m}", "for " + SymbolText.quoted(symbol), own, Term.Kind.NONLINEARITY));
        terms.add(new Term(SOFTMAX, "Σ e^{y_j − m}", "the same for every symbol, added", sum, Term.Kind.SUM));
        terms.add(new Term(SOFTMAX, "p = e^{y − m} / Σ", "the probability shown", predictions.probability(step, symbol),
                Term.Kind.STATE));
        note = step + 1 < trajectory.steps()
                ? "The symbol that truly follows is " + SymbolText.quoted(trajectory.symbol(step + 1)) + "."
                : "This is the last step: the prediction is of a symbol not typed yet.";
        symbols = "Where: t = " + step + " is the step; h_{t} is the hidden state after it; W_{hy} and b_{y} are the "
                + "readout's weights and biases, a row and an entry a symbol; y_{j} is the logit (the score) of symbol j; "
                + "m is the largest logit; e^{x} is the exponential; Σ adds over the " + Alphabet.SIZE + " symbols; p is "
                + "the probability shown.";
    }
}
