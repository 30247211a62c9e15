package rnnplayground.app;

import java.util.List;

/** Lists in the messages' sentences: "a", "a and b", "a, b and c". */
final class Wording {
    private Wording() {
    }

    static String join(List<String> items) {
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
