package rnnplayground.app;

/**
 * Which of the widget's folding panels are open, as one set (bits in an int, one a panel by its index
 * in {@link #NAMES}): the groups Training, Cell and Look inside, and the numbers and the weights inside
 * Look inside. A link writes only what differs from the defaults: "inspect,weights" for two opened,
 * "-training" for one closed. Share and download is not among them: it is opened to copy the link, not
 * to show anything in it.
 */
public final class Panels {
    /** The panels, as a link names them (their elements: {@link #ELEMENT_IDS}). */
    public static final String[] NAMES = {"training", "cell", "inspect", "numbers", "weights"};
    /** The elements of index.html, in the order of {@link #NAMES}. */
    public static final String[] ELEMENT_IDS = {"group-training", "group-cell", "group-inspect", "numbers", "weights"};
    /** Training and Cell open, the rest folded: the page as it first shows. */
    public static final int DEFAULT = bit(0) | bit(1);
    static final String RULE = "the panels opened or (after a -) closed, among " + String.join(", ", NAMES)
            + ", separated by commas";

    private Panels() {
    }

    public static int bit(int panel) {
        return 1 << panel;
    }

    public static boolean isOpen(int panels, int panel) {
        return (panels & bit(panel)) != 0;
    }

    /** "inspect,weights,-training": the panels that differ from the default, those closed after a "-". */
    public static String text(int panels) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < NAMES.length; k++) {
            boolean open = isOpen(panels, k);
            if (open != isOpen(DEFAULT, k)) {
                out.append(out.length() == 0 ? "" : ",").append(open ? "" : "-").append(NAMES[k]);
            }
        }
        return out.toString();
    }

    /** The set {@code text} writes, or null when a part of it names no panel or names one twice. */
    public static Integer parse(String text) {
        int panels = DEFAULT;
        int named = 0;
        int start = 0;
        while (start <= text.length() && !text.isEmpty()) {
            int comma = text.indexOf(',', start);
            String part = text.substring(start, comma < 0 ? text.length() : comma);
            boolean closed = part.startsWith("-");
            int k = StateField.indexOf(NAMES, closed ? part.substring(1) : part);
            if (k < 0 || (named & bit(k)) != 0) {
                return null;
            }
            named |= bit(k);
            panels = closed ? panels & ~bit(k) : panels | bit(k);
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return panels;
    }
}
