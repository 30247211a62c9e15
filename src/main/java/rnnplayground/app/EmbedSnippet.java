package rnnplayground.app;

/**
 * The HTML that embeds the widget in another page: an iframe of the page with "?embed", a fixed
 * height (the default view's at every width from 320 px, or the one measured for the view on
 * screen), and an optional script that fits the frame to the height the widget posts whenever it
 * changes. The README shows the same snippet for the default view.
 */
public final class EmbedSnippet {
    /** The frame's height without the script, in CSS pixels, for the default view: it holds it at every width from 320 px. */
    public static final int FRAME_HEIGHT = 2300;
    /** The narrowest frame the widget is made for, where it is tallest. */
    public static final int NARROWEST = 320;

    private EmbedSnippet() {
    }

    /**
     * The snippet for the embedded page at {@code address} (with "?embed" and the state after "#"),
     * whose messages the script accepts from {@code origin} only, its frame {@code height} px tall.
     */
    public static String of(String address, String origin, int height) {
        return "<iframe src=\"" + address + "\"\n"
                + "        title=\"RNN playground: watch a recurrent network read a sequence\"\n"
                + "        style=\"display:block;width:100%;height:" + height + "px;border:0\" loading=\"lazy\"></iframe>\n"
                + "<script>\n"
                + "  // Optional: the playground tells its height, so the frame fits it exactly at any width.\n"
                + "  addEventListener('message', function (event) {\n"
                + "    var data = event.data;\n"
                + "    if (event.origin !== '" + origin + "' || !data || data.type !== 'rnn-playground:height') return;\n"
                + "    document.querySelectorAll('iframe').forEach(function (frame) {\n"
                + "      if (frame.contentWindow === event.source) frame.style.height = data.height + 'px';\n"
                + "    });\n"
                + "  });\n"
                + "</script>\n";
    }

    /**
     * What the height is, for the page beside the snippet: {@code height} as measured for the view on
     * screen, or, while it is not yet ({@code measured} false), the default view's.
     */
    public static String heightNote(int height, boolean measured) {
        return "The frame is " + NumberText.grouped(height) + " px tall, "
                + (measured ? "what this view takes at " + NARROWEST + " px wide, the narrowest it is made for"
                        : "enough for the default view at any width from " + NARROWEST + " px")
                + "; the numbers table or the weights, once opened, need more. The script is optional:"
                + " it makes the frame follow the widget's height whenever it changes.";
    }
}
