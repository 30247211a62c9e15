package rnnplayground.core;

/** What every cell holds the same way: what it declares of itself, its sizes and its params. */
abstract class AbstractCell implements RecurrentCell {
    private final CellKind kind;
    final int hidden;
    private final int stateSize;
    private final int gateSize;
    private final Affine[] parts;
    private final Param[] params;
    /** Between {@link #holdWeights} and {@link #flushGradients}: the weights stay as they are. */
    private boolean held;

    /** A cell whose params are those of {@code parts}, each's in its order, one part after the other. */
    AbstractCell(CellKind kind, int hidden, Affine... parts) {
        this.kind = kind;
        this.hidden = hidden;
        this.stateSize = kind.stateSlots() * hidden;
        this.gateSize = kind.gateSlots * hidden;
        this.parts = parts;
        this.params = params(parts);
    }

    @Override
    public final CellKind kind() {
        return kind;
    }

    @Override
    public final int hiddenSize() {
        return hidden;
    }

    @Override
    public final int stateSize() {
        return stateSize;
    }

    @Override
    public final int gateSize() {
        return gateSize;
    }

    @Override
    public final Param[] params() {
        return params;
    }

    /** A cell that keeps what it computes from its weights alone may compute it here (and call this). */
    @Override
    public void holdWeights() {
        held = true;
    }

    /** Whether a pass holds the weights (see {@link RecurrentCell#holdWeights}). */
    final boolean weightsHeld() {
        return held;
    }

    @Override
    public final void flushGradients() {
        for (Affine part : parts) {
            part.flushGradients();
        }
        held = false;
    }

    private static Param[] params(Affine... parts) {
        int count = 0;
        for (Affine part : parts) {
            count += part.paramCount();
        }
        Param[] params = new Param[count];
        int at = 0;
        for (Affine part : parts) {
            at = part.addParams(params, at);
        }
        return params;
    }
}
