package rnnplayground.core;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's step written again from its equations, in doubles with the platform's Math.tanh and
 * Math.exp, and the bits its training must give: one class per cell, named "…Reference", found by its
 * key. A new cell's reference is its own class; no list of the tests names it.
 */
interface CellReference {
    /** The key of the cell this is the reference of. */
    String key();

    /**
     * s_t from the input vector x (one-hot, or perturbed) and s_{t-1}, the network's params as doubles
     * in {@code r.p}, in the network's order.
     */
    double[] step(Reference r, double[] x, double[] s);

    /** The checksum of every parameter's bits after {@link TrainingBitsTest}'s training, as recorded. */
    int trainedChecksum();

    /** The reference of cell {@code key}; fails when the cell has none. */
    static CellReference of(String key) {
        for (CellReference reference : all()) {
            if (reference.key().equals(key)) {
                return reference;
            }
        }
        throw new AssertionError("cell '" + key + "' has no reference: a class …Reference implementing CellReference");
    }

    /** Every class "…Reference" beside this one that implements it. */
    static List<CellReference> all() {
        List<CellReference> found = new ArrayList<>();
        try {
            File folder = new File(CellReference.class.getResource("").toURI());
            for (String name : folder.list()) {
                if (!name.endsWith("Reference.class")) {
                    continue;
                }
                Class<?> type = Class.forName(CellReference.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                if (CellReference.class.isAssignableFrom(type) && !type.isInterface()) {
                    found.add((CellReference) type.getDeclaredConstructor().newInstance());
                }
            }
        } catch (URISyntaxException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
