package rnnplayground.app.space;

import java.util.List;
import rnnplayground.app.NumberText;
import rnnplayground.app.SymbolText;
import rnnplayground.core.FixedPoint;
import rnnplayground.core.Kernels;
import rnnplayground.core.PrincipalComponents;
import rnnplayground.core.Trajectory;

/**
 * The plot's points as CSV: every step's state on PC1 and PC2, then every fixed point found with its
 * stability, its largest |λ| and q. Coordinates with six decimals (a plot's precision), |λ| and q
 * as floats written exactly.
 */
public final class StateSpaceCsv {
    static final String HEADER = "kind,step,symbol,pc1,pc2,stable,converged,largest_abs_eigenvalue,q\n";

    private StateSpaceCsv() {
    }

    public static String of(Trajectory trajectory, StateSpace space) {
        StringBuilder out = new StringBuilder(HEADER);
        PrincipalComponents pca = space.components();
        for (int t = 0; t < space.steps(); t++) {
            out.append("state,").append(t).append(',').append(SymbolText.name(trajectory.symbol(t))).append(',')
                    .append(coordinate(pca.projection(t, 0))).append(',').append(coordinate(pca.projection(t, 1)))
                    .append(",,,,\n");
        }
        List<FixedPoint> points = space.fixedPoints();
        for (FixedPoint p : points) {
            out.append("fixed_point,,").append(SymbolText.name(p.symbol)).append(',')
                    .append(coordinate(space.coordinate(p, 0))).append(',').append(coordinate(space.coordinate(p, 1)))
                    .append(',').append(p.stable()).append(',').append(p.converged).append(',')
                    .append(NumberText.exact(Kernels.toFloat(p.spectralRadius))).append(',')
                    .append(NumberText.exact(Kernels.toFloat(p.q))).append('\n');
        }
        return out.toString();
    }

    private static String coordinate(double value) {
        return NumberText.plain(value, 6);
    }
}
