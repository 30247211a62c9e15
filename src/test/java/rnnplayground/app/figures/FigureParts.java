package rnnplayground.app.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A figure's parts of one kind, as the tests read them. */
public final class FigureParts {
    private FigureParts() {
    }

    public static <T> List<T> ofKind(List<T> parts, Function<T, String> kindOf, String kind) {
        List<T> found = new ArrayList<>();
        for (T part : parts) {
            if (kindOf.apply(part).equals(kind)) {
                found.add(part);
            }
        }
        return found;
    }

    /** The texts of {@code figure}'s labels of {@code kind}. */
    public static List<String> labels(Figure figure, String kind) {
        List<String> texts = new ArrayList<>();
        for (Label label : ofKind(figure.labels, l -> l.kind, kind)) {
            texts.add(label.text);
        }
        return texts;
    }
}
