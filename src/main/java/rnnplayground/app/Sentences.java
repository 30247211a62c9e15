package rnnplayground.app;

import java.util.List;

/** Pieces of English the messages share. */
final class Sentences {
    private Sentences() {
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                out.append(k == items.size() - 1 ? " and " : ", ");
            }
            out.append(items.get(k));
        }
        return out.toString();
    }
}
