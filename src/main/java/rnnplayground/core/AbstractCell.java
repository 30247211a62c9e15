package rnnplayground.core;

/** What every cell holds the same way: its key and name, its sizes, its gates and its params. */
abstract class AbstractCell implements RecurrentCell {
    private final String key;
    private final String name;
    final int hidden;
    private final int stateSize;
    private final int gateSize;
    private final Gate[] gates;
    private final Param[] params;

    AbstractCell(String key, String name, int hidden, int stateSize, int gateSize, Gate[] gates, Param[] params) {
        this.key = key;
        this.name = name;
        this.hidden = hidden;
        this.stateSize = stateSize;
        this.gateSize = gateSize;
        this.gates = gates;
        this.params = params;
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

    /** The params of {@code parts}, each's in its order, one part after the other. */
    static Param[] params(Affine... parts) {
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
