package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Kernels;
import rnnplayground.core.Trajectory;
import rnnplayground.core.VanillaCell;

/**
 * The terms of h[i, t] = tanh((W_xh x_t)_i + (W_hh h_{t-1})_i + b_i), taken from the same cell methods
 * the model ran, so that they add up to exactly what the heatmap shows.
 */
public final class CellArithmetic {
    public final int dimension;
    public final int step;
    public final char symbol;
    /** The column of W_xh that the one-hot x_t picks. */
    public final int column;
    public final double inputTerm;
    public final double recurrentTerm;
    public final double biasTerm;
    public final double preActivation;
    public final double value;

    public CellArithmetic(VanillaCell cell, Trajectory trajectory, int dimension, int step) {
        this.dimension = dimension;
        this.step = step;
        this.column = trajectory.symbol(step);
        this.symbol = Alphabet.symbolAt(column);
        this.inputTerm = cell.inputTerm(dimension, column);
        this.recurrentTerm = cell.recurrentTerm(dimension, trajectory.states(), trajectory.offset(step - 1));
        this.biasTerm = cell.biasTerm(dimension);
        this.preActivation = cell.preActivation(dimension, column, trajectory.states(), trajectory.offset(step - 1));
        this.value = trajectory.h(step, dimension);
    }

    /** tanh of the pre-activation, before it is stored as a float. */
    public double tanhOfSum() {
        return Kernels.tanh(preActivation);
    }

    /** "“a”", or "space". */
    public String symbolName() {
        return SymbolText.quoted(column);
    }
}
