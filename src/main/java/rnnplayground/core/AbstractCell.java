package rnnplayground.core;

/** What every cell holds the same way: its key and name, its sizes, its gates and its params. */
abstract class AbstractCell implements RecurrentCell {
    private final String key;
    private final String name;
    final int hidden;
    private final int stateSize;
    private final int gateSize;
    private final Gate[] gates;
    private final Affine[] parts;
    private final Param[] params;

    /** A cell whose params are those of {@code parts}, each's in its order, one part after the other. */
    AbstractCell(String key, String name, int hidden, int stateSize, int gateSize, Gate[] gates, Affine... parts) {
        this.key = key;
        this.name = name;
        this.hidden = hidden;
        this.stateSize = stateSize;
        this.gateSize = gateSize;
        this.gates = gates;
        this.parts = parts;
        this.params = params(parts);
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String displayName() {
        return name;
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
    public final Gate[] gates() {
        return gates;
    }

    @Override
    public final int gateSize() {
        return gateSize;
    }

    @Override
    public final Param[] params() {
        return params;
    }

    @Override
    public final void flushGradients() {
        for (Affine part : parts) {
            part.flushGradients();
        }
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
