package rnnplayground.web.figures;

import java.util.function.Function;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import rnnplayground.app.NumberText;
import rnnplayground.web.dom.Download;
import rnnplayground.web.dom.Page;

/**
 * A figure saved as a file with its title: as SVG (the drawing on screen with its styles written into
 * it and its strips as an embedded image, so that it looks the same anywhere), or as PNG.
 */
final class FigureFiles {
    private static final String[] STYLES = {"fill", "stroke", "stroke-width", "stroke-dasharray", "font-family",
        "font-size", "font-weight"};
    private static final int TITLE = 28;

    private FigureFiles() {
    }

    /** The browser's XMLSerializer. */
    @JSClass(name = "XMLSerializer")
    static class Serializer implements JSObject {
        Serializer() {
        }

        native String serializeToString(JSObject node);
    }

    /** A canvas's pixels as a data: URL, to be embedded in the SVG file (not loaded by the page). */
    interface DataCanvas extends JSObject {
        String toDataURL(String type);
    }

    /** Wires {@code root}'s ".figure-actions" buttons, SVG and PNG, to save {@code figure} under {@code name}'s file names. */
    static void wire(HTMLDocument document, HTMLElement root, FigureSvg figure, Function<String, String> name) {
        root.querySelector(".figure-save-svg").addEventListener("click", event -> svg(document, figure, name.apply("svg")));
        root.querySelector(".figure-save-png").addEventListener("click", event -> png(document, figure, name.apply("png")));
    }

    static void png(HTMLDocument document, FigureSvg figure, String name) {
        Download.png(document, FigureCanvas.paint(document, figure.figure(), figure.trajectory(), figure.marked(),
                figure.svg()), name);
    }

    static void svg(HTMLDocument document, FigureSvg figure, String name) {
        HTMLElement live = figure.svg();
        HTMLElement copy = live.cloneNode(true).cast();
        NodeList<? extends JSObject> from = live.querySelectorAll("*");
        NodeList<? extends JSObject> to = copy.querySelectorAll("*");
        for (int k = 0; k < from.getLength(); k++) {
            HTMLElement source = from.get(k).cast();
            HTMLElement target = to.get(k).cast();
            for (String property : STYLES) {
                String value = Page.computedStyle(source, property);
                if (!value.isEmpty()) {
                    target.setAttribute(property, value);
                }
            }
        }
        double width = figure.figure().width();
        double height = figure.figure().height() + TITLE;
        copy.setAttribute("viewBox", "0 " + (-TITLE) + " " + number(width) + " " + number(height));
        copy.setAttribute("height", number(height));
        HTMLElement title = document.createElementNS(FigureSvg.NS, "text").cast();
        title.setAttribute("x", "8");
        title.setAttribute("y", String.valueOf(18 - TITLE));
        title.setAttribute("font-family", "sans-serif");
        title.setAttribute("font-size", "14");
        title.setAttribute("font-weight", "600");
        title.setAttribute("fill", Page.computedStyle(live, "--text"));
        title.setTextContent(figure.figure().title);
        copy.insertBefore(title, copy.getFirstChild());
        HTMLElement background = document.createElementNS(FigureSvg.NS, "rect").cast();
        background.setAttribute("x", "0");
        background.setAttribute("y", String.valueOf(-TITLE));
        background.setAttribute("width", number(width));
        background.setAttribute("height", number(height));
        background.setAttribute("fill", Page.computedStyle(live, "--surface"));
        copy.insertBefore(background, copy.getFirstChild());
        HTMLCanvasElement strips = figure.strips();
        if (strips != null) {
            HTMLElement image = document.createElementNS(FigureSvg.NS, "image").cast();
            image.setAttribute("href", strips.<DataCanvas>cast().toDataURL("image/png"));
            for (String side : new String[] {"left", "top", "width", "height"}) {
                String value = strips.getStyle().getPropertyValue(side).replace("px", "");
                image.setAttribute(side.equals("left") ? "x" : side.equals("top") ? "y" : side, value);
            }
            image.setAttribute("preserveAspectRatio", "none");
            image.setAttribute("image-rendering", "pixelated");
            copy.appendChild(image);
        }
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new Serializer().serializeToString(copy);
        Download.text(document, text, "image/svg+xml", name);
    }

    private static String number(double value) {
        return NumberText.plain(value, 1);
    }
}
