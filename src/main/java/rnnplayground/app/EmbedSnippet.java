package rnnplayground.app;

/**
 * The HTML that embeds the widget in another page: an iframe of the page with "?embed", a fixed
 * height that holds the default view at every width from 320 px, and an optional script that fits
 * the frame to the height the widget posts whenever it changes. The README shows the same snippet.
 */
public final class EmbedSnippet {
    /** The frame's height without the script, in CSS pixels. */
    public static final int FRAME_HEIGHT = 1480;

    private EmbedSnippet() {
    }

    /**
     * The snippet for the embedded page at {@code address} (with "?embed" and the state after "#"),
     * whose messages the script accepts from {@code origin} only.
     */
    public static String of(String address, String origin) {
        return "<iframe src=\"" + address + "\"\n"
                + "        title=\"RNN playground: watch a recurrent network read a sequence\"\n"
                + "        style=\"display:block;width:100%;height:" + FRAME_HEIGHT + "px;border:0\" loading=\"lazy\"></iframe>\n"
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

    /** What the height is, for the page beside the snippet. */
    public static String heightNote() {
        return "The frame is " + NumberText.grouped(FRAME_HEIGHT) + " px tall, enough for this widget at any width"
                + " from 320 px; the numbers table or the weights, once opened, need more. The script is optional:"
                + " it makes the frame follow the widget's height whenever it changes.";
    }
}
