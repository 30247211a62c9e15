package rnnplayground.app.space;

import java.util.ArrayList;
import java.util.List;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.core.Alphabet;
import rnnplayground.core.CellKind;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.FixedPointSearch;
import rnnplayground.core.StatePart;

/** What the page says of fixed points: a point's tooltip, every symbol's points in a sentence, and one point's details. */
public final class FixedPointText {
    /** Eigenvalues (a complex pair counted once) listed in a point's details at most. */
    static final int LISTED = 8;

    private FixedPointText() {
    }

    /** "0.36": a modulus, with two decimals or more where it is small. */
    static String modulus(double value) {
        return NumberText.significant(value, 2);
    }

    /** The point's name and tooltip: what it is, and its largest |λ|. */
    public static String tooltip(FixedPoint p) {
        String symbol = SymbolText.quoted(p.symbol);
        if (!p.converged) {
            return "A slow point of " + symbol + ", not a fixed point: the search did not converge (one more step moves it by "
                    + NumberText.scientific(p.residual) + ")";
        }
        return "Fixed point of " + symbol + ", " + (p.stable() ? "stable" : "unstable") + ": largest |λ| "
                + modulus(p.spectralRadius);
    }

    /** What the search is doing, or every symbol's points, in a sentence ("" before any search). */
    public static String summary(StateSpace space) {
        switch (space.status()) {
            case WAITING:
                return "Fixed points: searched once training pauses.";
            case SEARCHING:
                return "Fixed points: searching, " + space.startsDone() + " of " + space.startsInAll() + " starts done.";
            case DONE:
                StringBuilder out = new StringBuilder("Fixed points: ");
                for (int s = 0; s < Alphabet.SIZE; s++) {
                    out.append(s == 0 ? "" : "; ").append(SymbolText.quoted(s)).append(' ').append(ofSymbol(space, s));
                }
                return out.append('.').toString();
            default:
                return "";
        }
    }

    /** |λ| in a caption, joined by a word joiner: a line may break after "|", and would split it. */
    static final String MODULUS = "|\u2060λ|";

    /** "stable, |λ| 0.36", "stable, |λ| 0.89 and unstable, |λ| 1.4", "none near the states read", … */
    static String ofSymbol(StateSpace space, int symbol) {
        StringBuilder out = new StringBuilder();
        int slow = 0;
        for (FixedPoint p : space.fixedPoints(symbol)) {
            if (!p.converged) {
                slow++;
                continue;
            }
            out.append(out.length() == 0 ? "" : " and ").append(p.stable() ? "stable" : "unstable").append(", ").append(MODULUS).append(' ')
                    .append(modulus(p.spectralRadius));
        }
        if (slow > 0) {
            out.append(out.length() == 0 ? "" : ", and ").append(slow == 1 ? "a slow point" : slow + " slow points")
                    .append(" (the search did not converge)");
        }
        if (out.length() == 0) {
            out.append(space.leftRegion(symbol) > 0 ? "none near the states read" : "none found");
        }
        return out.toString();
    }

    /** The heading of a point's details. */
    public static String title(FixedPoint p) {
        return (p.converged ? "Fixed point of " : "Slow point of ") + SymbolText.quoted(p.symbol);
    }

    /** A point's details, as rows of what and how much. */
    public static List<String[]> rows(FixedPoint p, StateSpace space, CellKind kind) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"the state s", stateName(kind) + ", " + p.size() + " numbers"});
        rows.add(new String[] {"drawn at", "PC1 " + NumberText.fixed(space.coordinate(p, 0), 2) + ", PC2 "
                + NumberText.fixed(space.coordinate(p, 1), 2) + " (its h, projected)"});
        rows.add(new String[] {"q = ½‖F(s) − s‖²", NumberText.scientific(p.q)});
        rows.add(new String[] {"‖F(s) − s‖∞", NumberText.scientific(p.residual) + (p.converged
                ? ": converged (at most " + NumberText.scientific(FixedPointSearch.TOLERANCE) + ")"
                : ": not converged (above " + NumberText.scientific(FixedPointSearch.TOLERANCE) + ")")});
        rows.add(new String[] {"iterations", p.iterations + " (a Jacobian and a damped Newton step each)"});
        rows.add(new String[] {"starts that ended here", p.starts() + " of " + space.startsPerSymbol()});
        rows.add(new String[] {"eigenvalues λ of ∂F/∂s", eigenvalues(p)});
        rows.add(new String[] {"largest |λ|", modulus(p.spectralRadius) + (p.spectralRadius < 1 ? " < 1" : " ≥ 1")
                + (p.eigenvaluesFound ? "" : " (not every eigenvalue was found: not to be trusted)")});
        return rows;
    }

    /** What the point means, in a sentence or two. */
    public static String meaning(FixedPoint p) {
        String symbol = SymbolText.quoted(p.symbol);
        if (!p.converged) {
            return "The search stopped where q no longer fell: one more " + symbol + " still moves this state, so it is a"
                    + " slow point, not a fixed point. Runs of " + symbol + " pass slowly near it.";
        }
        if (p.stable()) {
            return "Every |λ| is below 1: a state near s comes closer at every " + symbol + ", by a factor of about "
                    + modulus(p.spectralRadius) + " a step. A long enough run of " + symbol
                    + " ends here, whatever came before it: the run has forgotten what preceded it.";
        }
        return "Some |λ| is above 1: a state near s moves away from it along that direction at every " + symbol
                + ". A run of " + symbol + " does not settle here.";
    }

    /** "h" or "h and c": the state a point is made of, as the cell declares it. */
    private static String stateName(CellKind kind) {
        StringBuilder out = new StringBuilder("h");
        for (StatePart part : kind.furtherState) {
            out.append(" and ").append(part.symbol);
        }
        return out.toString();
    }

    /** "0.36, −0.21 ± 0.05i, 0.18, … (16 in all)": the largest first, a complex pair once. */
    static String eigenvalues(FixedPoint p) {
        StringBuilder out = new StringBuilder();
        int listed = 0;
        int k = 0;
        while (k < p.size() && listed < LISTED) {
            out.append(listed == 0 ? "" : ", ").append(NumberText.significant(p.eigenvalueRe(k), 2));
            double im = p.eigenvalueIm(k);
            if (im != 0) {
                out.append(" ± ").append(NumberText.significant(Math.abs(im), 2)).append('i');
                k++;
            }
            k++;
            listed++;
        }
        if (k < p.size()) {
            out.append(", … (").append(p.size()).append(" in all)");
        }
        return out.toString();
    }
}
