package rnnplayground.app;

import java.util.ArrayList;
import java.util.List;

/** What the page says under the sequence box about a link it could not use in full. Plain text. */
final class LinkNotice {
    private LinkNotice() {
    }

    /**
     * A sentence or two, or "" when everything could be used: the fields that broke their rule, each
     * {@code described} as "seed (a whole number from 0 to 4294967295)", then the parts ignored, the
     * {@code unknown} keys by name.
     */
    static String of(List<String> described, List<String> unknown, int ignored) {
        StringBuilder out = new StringBuilder();
        if (!described.isEmpty()) {
            boolean one = described.size() == 1;
            out.append("The link’s ").append(Sentences.list(described)).append(one ? " was" : " were")
                    .append(" not usable, so ").append(one ? "the default is" : "the defaults are").append(" shown.");
        }
        if (ignored > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            List<String> names = new ArrayList<>();
            for (String key : unknown) {
                names.add("“" + key + "”");
            }
            int others = ignored - unknown.size();
            if (others > 0) {
                names.add(others + (names.isEmpty() ? " unknown part" : " other part") + (others == 1 ? "" : "s"));
            }
            out.append("Ignored in the link: ").append(Sentences.list(names)).append('.');
        }
        return out.toString();
    }
}
