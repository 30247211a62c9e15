package rnnplayground.web.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import rnnplayground.app.ColorScale;
import rnnplayground.app.NumberText;
import rnnplayground.app.figures.Action;
import rnnplayground.app.figures.Arrow;
import rnnplayground.app.figures.Box;
import rnnplayground.app.figures.Dot;
import rnnplayground.app.figures.Figure;
import rnnplayground.app.figures.Label;
import rnnplayground.app.figures.Line;
import rnnplayground.app.figures.Strip;
import rnnplayground.core.Trajectory;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.Pixels;

/**
 * Writes a {@link Figure} as SVG into a host element, styled by the classes widget.css gives each
 * kind: boxes and circles with their labels, values and bars, arrows with their heads and labels, a
 * plot's dots in the colours of their symbols, and the state strips on one canvas over it, painted
 * with the heatmap's scale. A part with an action answers a click, and Enter or space where it takes
 * the focus (the step boxes, or a plot's step dots, take it one at a time, the arrow keys moving
 * between them). The step being read is marked by a class, without writing anything again.
 */
public final class FigureSvg {
    static final String NS = "http://www.w3.org/2000/svg";

    private final HTMLDocument document;
    private final HTMLElement host;
    private final Consumer<Action> onAction;
    /** The parts of each step, to mark the one being read. */
    private final List<List<HTMLElement>> byStep = new ArrayList<>();
    private final List<HTMLElement> stepBoxes = new ArrayList<>();
    /** The element written for each part, in {@link #parts} order. */
    private final List<HTMLElement> written = new ArrayList<>();
    private HTMLElement description;
    private HTMLElement svg;
    private HTMLCanvasElement strips;
    private int marked = -1;
    private Figure figure;
    private Trajectory trajectory;

    /** A writer into {@code host}, whose figure's actions go to {@code onAction}. */
    public FigureSvg(HTMLDocument document, HTMLElement host, Consumer<Action> onAction) {
        this.document = document;
        this.host = host;
        this.onAction = onAction;
    }

    /** The figure's SVG element, as last written. */
    public HTMLElement svg() {
        return svg;
    }

    /** The canvas of its strips, or null when it has none. */
    HTMLCanvasElement strips() {
        return strips;
    }

    /** The figure last written, and the trajectory its strips show. */
    Figure figure() {
        return figure;
    }

    Trajectory trajectory() {
        return trajectory;
    }

    /** The step marked as the one being read, or -1. */
    int marked() {
        return marked;
    }

    /**
     * Writes {@code figure}; its strips are the states of {@code trajectory}. A figure with as many parts
     * of each sort as the one shown, of the same size and title (the same figure with new values, a
     * frame of training), replaces only the parts that differ and repaints its strips; any other is
     * written anew.
     */
    public void write(Figure figure, Trajectory trajectory) {
        Figure shown = this.figure;
        this.trajectory = trajectory;
        this.figure = figure;
        if (shown == null || !sameShape(shown, figure) || !sameStrips(shown, figure, trajectory)
                || !update(shown, figure)) {
            writeAnew(figure, trajectory);
        }
    }

    private static boolean sameShape(Figure a, Figure b) {
        return a.width() == b.width() && a.height() == b.height() && a.title.equals(b.title)
                && a.lines.size() == b.lines.size() && a.arrows.size() == b.arrows.size()
                && a.dots.size() == b.dots.size() && a.boxes.size() == b.boxes.size()
                && a.labels.size() == b.labels.size() && a.strips.size() == b.strips.size();
    }

    /** Whether the strips' canvas fits the new ones: as many, as placed, of as many dimensions. */
    private boolean sameStrips(Figure shown, Figure next, Trajectory states) {
        if (shown.strips.isEmpty()) {
            return true;
        }
        Strip a = shown.strips.get(0);
        Strip b = next.strips.get(0);
        return strips != null && strips.getHeight() == states.hiddenSize() && a.x == b.x && a.y == b.y
                && a.width == b.width && a.height == b.height
                && (shown.strips.size() < 2 || shown.strips.get(1).x == next.strips.get(1).x);
    }

    private void writeAnew(Figure figure, Trajectory trajectory) {
        Elements.empty(host);
        byStep.clear();
        stepBoxes.clear();
        written.clear();
        marked = -1;
        svg = element("svg");
        svg.setAttribute("viewBox", "0 0 " + (int) Math.ceil(figure.width()) + " " + (int) Math.ceil(figure.height()));
        svg.setAttribute("width", String.valueOf((int) Math.ceil(figure.width())));
        svg.setAttribute("height", String.valueOf((int) Math.ceil(figure.height())));
        svg.setAttribute("role", "group");
        svg.setAttribute("aria-label", figure.title);
        svg.setAttribute("class", "figure-svg");
        HTMLElement title = element("title");
        title.setTextContent(figure.title);
        svg.appendChild(title);
        description = element("desc");
        description.setTextContent(figure.description);
        svg.appendChild(description);
        svg.appendChild(heads());
        for (Object part : parts(figure)) {
            HTMLElement element = part(part);
            svg.appendChild(element);
            written.add(element);
        }
        host.appendChild(svg);
        strips = null;
        if (!figure.strips.isEmpty()) {
            strips = (HTMLCanvasElement) document.createElement("canvas");
            strips.setClassName("figure-strips");
            paintStrips(figure.strips, trajectory, true);
            host.appendChild(strips);
        }
    }

    /**
     * The parts that differ from {@code shown}'s, each put in place of the one written for it; the strips
     * repainted. False when a part changed whether it is a step's tab stop: the figure is then written anew.
     */
    private boolean update(Figure shown, Figure next) {
        if (!shown.description.equals(next.description)) {
            description.setTextContent(next.description);
        }
        List<Object> before = parts(shown);
        List<Object> after = parts(next);
        for (int k = 0; k < after.size(); k++) {
            if (!before.get(k).equals(after.get(k)) && !replace(k, before.get(k), after.get(k))) {
                return false;
            }
        }
        if (!next.strips.isEmpty()) {
            paintStrips(next.strips, trajectory, false);
        }
        return true;
    }

    /** Every part in the order it is drawn: lines, arrows, dots, boxes, labels, then the strips' hit areas. */
    private static List<Object> parts(Figure figure) {
        List<Object> parts = new ArrayList<>();
        parts.addAll(figure.lines);
        parts.addAll(figure.arrows);
        parts.addAll(figure.dots);
        parts.addAll(figure.boxes);
        parts.addAll(figure.labels);
        parts.addAll(figure.strips);
        return parts;
    }

    private HTMLElement part(Object part) {
        if (part instanceof Line) {
            return line((Line) part);
        } else if (part instanceof Arrow) {
            return arrow((Arrow) part);
        } else if (part instanceof Dot) {
            return dot((Dot) part);
        } else if (part instanceof Box) {
            return box((Box) part);
        } else if (part instanceof Label) {
            Label label = (Label) part;
            HTMLElement text = text(label.text, "label " + label.kind, label.x, label.y, label.anchor);
            belongs(text, label.step);
            return text;
        }
        Strip strip = (Strip) part;
        HTMLElement hit = rect("strip-hit", strip.x, strip.y, strip.width, strip.height);
        clickable(hit, strip.action, "h_" + strip.step + ", the state after step " + strip.step, false);
        belongs(hit, strip.step);
        return hit;
    }

    /** Part k written anew in place of the element written for {@code old}: its step's mark, tab stop and focus kept. */
    private boolean replace(int k, Object old, Object next) {
        HTMLElement before = written.get(k);
        int stepBox = stepBoxes.indexOf(before);
        int boxes = stepBoxes.size();
        HTMLElement after = part(next);
        boolean isStepBox = stepBoxes.size() > boxes;
        if (isStepBox != stepBox >= 0) {
            return false;
        }
        int oldStep = stepOf(old);
        if (oldStep >= 0) {
            byStep.get(oldStep).remove(before);
        }
        int nextStep = stepOf(next);
        if (isStepBox) {
            stepBoxes.remove(boxes); // it takes the place of the one it replaces
            stepBoxes.set(stepBox, after);
            after.setAttribute("tabindex", nextStep == Math.max(0, marked) ? "0" : "-1");
        }
        if (nextStep >= 0 && nextStep == marked) {
            after.getClassList().add("current");
        }
        boolean focused = document.getActiveElement() == before;
        before.getParentNode().replaceChild(after, before);
        written.set(k, after);
        if (focused) {
            after.focus();
        }
        return true;
    }

    private static int stepOf(Object part) {
        if (part instanceof Line) {
            return -1;
        } else if (part instanceof Arrow) {
            return ((Arrow) part).step;
        } else if (part instanceof Dot) {
            return ((Dot) part).step;
        } else if (part instanceof Box) {
            return ((Box) part).step;
        } else if (part instanceof Label) {
            return ((Label) part).step;
        }
        return ((Strip) part).step;
    }

    /** Marks step {@code step}'s parts as the one being read (-1: none); the step box takes the tab stop. */
    public void mark(int step) {
        if (step == marked) {
            return;
        }
        if (marked >= 0 && marked < byStep.size()) {
            for (HTMLElement part : byStep.get(marked)) {
                part.getClassList().remove("current");
            }
        }
        marked = step;
        if (step >= 0) {
            svg.getClassList().add("has-current");
        } else {
            svg.getClassList().remove("has-current");
        }
        if (step >= 0 && step < byStep.size()) {
            for (HTMLElement part : byStep.get(step)) {
                part.getClassList().add("current");
                if (part.getClassList().contains("dot")) { // drawn last: over the dots around it, keeping the focus
                    boolean focused = document.getActiveElement() == part;
                    part.getParentNode().appendChild(part);
                    if (focused) {
                        part.focus();
                    }
                }
            }
        }
        for (int t = 0; t < stepBoxes.size(); t++) {
            stepBoxes.get(t).setAttribute("tabindex", t == Math.max(0, step) ? "0" : "-1");
        }
    }

    /** The arrowheads, one marker a kind of arrow, so that each head takes its arrow's colour. */
    private HTMLElement heads() {
        HTMLElement defs = element("defs");
        HTMLElement marker = element("marker");
        marker.setAttribute("id", host.getAttribute("id") + "-head");
        marker.setAttribute("viewBox", "0 0 8 8");
        marker.setAttribute("refX", "7");
        marker.setAttribute("refY", "4");
        marker.setAttribute("markerWidth", "7");
        marker.setAttribute("markerHeight", "7");
        marker.setAttribute("orient", "auto-start-reverse");
        HTMLElement path = element("path");
        path.setAttribute("d", "M0,0 L8,4 L0,8 z");
        path.setAttribute("class", "head");
        marker.appendChild(path);
        defs.appendChild(marker);
        return defs;
    }

    private HTMLElement arrow(Arrow arrow) {
        HTMLElement group = element("g");
        group.setAttribute("class", "arrow " + arrow.kind + (arrow.step >= 0 ? " stepped" : ""));
        String points = points(arrow.points);
        HTMLElement line = element("polyline");
        line.setAttribute("points", points);
        line.setAttribute("class", "line");
        if (arrow.headed()) {
            line.setAttribute("marker-end", "url(#" + host.getAttribute("id") + "-head)");
        }
        group.appendChild(line);
        if (arrow.action.kind != Action.Kind.NONE) {
            HTMLElement hit = element("polyline");
            hit.setAttribute("points", points);
            hit.setAttribute("class", "hit");
            group.appendChild(hit);
            clickable(group, arrow.action, named(arrow.label, arrow.description), false);
        }
        if (!arrow.label.isEmpty()) {
            group.appendChild(text(arrow.label, "arrow-label", arrow.labelX, arrow.labelY, "start"));
        }
        belongs(group, arrow.step);
        return group;
    }

    /** A line without a head, in its colour and width (a chart's series), or its kind's. */
    private HTMLElement line(Line line) {
        HTMLElement polyline = element("polyline");
        polyline.setAttribute("class", "chart-line " + line.kind);
        polyline.setAttribute("points", points(line.points));
        if (!line.colour.isEmpty()) {
            Page.setStyleProperty(polyline, "stroke", "var(" + line.colour + ")");
        }
        Page.setStyleProperty(polyline, "stroke-width", number(line.width));
        if (line.dashed) {
            Page.setStyleProperty(polyline, "stroke-dasharray", "6 4");
        }
        return polyline;
    }

    private static String points(double[] xy) {
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < xy.length; k += 2) {
            points.append(k == 0 ? "" : " ").append(number(xy[k])).append(',').append(number(xy[k + 1]));
        }
        return points.toString();
    }

    private HTMLElement box(Box box) {
        HTMLElement group = element("g");
        group.setAttribute("class", "box " + box.kind);
        group.setAttribute("data-id", box.id);
        HTMLElement shape;
        if (box.shape == Box.Shape.CIRCLE) {
            shape = element("circle");
            shape.setAttribute("cx", number(box.x));
            shape.setAttribute("cy", number(box.y));
            shape.setAttribute("r", number(box.width / 2));
        } else {
            shape = element("rect");
            shape.setAttribute("x", number(box.x - box.width / 2));
            shape.setAttribute("y", number(box.y - box.height / 2));
            shape.setAttribute("width", number(box.width));
            shape.setAttribute("height", number(box.height));
            shape.setAttribute("rx", "4");
        }
        shape.setAttribute("class", "shape");
        if (!box.colour.isEmpty()) {
            Page.setStyleProperty(shape, "fill", "var(" + box.colour + ")");
        }
        group.appendChild(shape);
        boolean twoLines = !box.value.isEmpty();
        if (!box.label.isEmpty()) {
            group.appendChild(text(box.label, "box-label", box.x, twoLines ? box.y - 4 : box.y + 4, "middle"));
        }
        if (twoLines) {
            group.appendChild(document.createTextNode(" ")); // the two lines read as two words, as they are named
            group.appendChild(text(box.value, "box-value", box.x, box.y + 11, "middle"));
        }
        if (box.bar >= 0) {
            double width = box.width - 10;
            double top = box.y + box.height / 2 - 6;
            group.appendChild(rect("bar-track", box.x - width / 2, top, width, 3));
            group.appendChild(rect("bar", box.x - width / 2, top, width * Math.max(0, Math.min(1, box.bar)), 3));
        }
        String name = named(box.value.isEmpty() ? box.label : box.label + " " + box.value, box.description);
        if (box.action.kind != Action.Kind.NONE) {
            clickable(group, box.action, name, true);
            if (box.kind.equals("cell") && box.step >= 0) {
                stepBoxes.add(group);
                group.setAttribute("tabindex", box.step == 0 ? "0" : "-1");
                group.addEventListener("keydown", event -> moveAlongSteps((KeyboardEvent) event, box.step));
            }
        } else {
            group.setAttribute("role", "img"); // a name needs a role: a part that does nothing is a picture
            group.setAttribute("aria-label", name);
            if (box.label.isEmpty() && box.value.isEmpty()) {
                group.setAttribute("role", "img"); // a mark that shows no text (a chart's point): its name says what it is
            }
        }
        belongs(group, box.step);
        return group;
    }

    /**
     * A dot: a circle or a diamond in its symbol's colour ("symbol-k", styled in widget.css), filled or
     * hollow, its description as its tooltip. A step's dots take the focus one at a time, as step boxes do.
     */
    private HTMLElement dot(Dot dot) {
        HTMLElement group = element("g");
        group.setAttribute("class", "dot " + dot.kind + (dot.symbol >= 0 ? " symbol-" + dot.symbol : "")
                + (dot.filled ? " filled" : " hollow") + (dot.dashed ? " dashed" : ""));
        HTMLElement shape;
        double half = dot.size / 2;
        if (dot.shape == Dot.Shape.CIRCLE) {
            shape = element("circle");
            shape.setAttribute("cx", number(dot.x));
            shape.setAttribute("cy", number(dot.y));
            shape.setAttribute("r", number(half));
        } else {
            shape = element("polygon");
            shape.setAttribute("points", number(dot.x) + "," + number(dot.y - half) + " " + number(dot.x + half) + ","
                    + number(dot.y) + " " + number(dot.x) + "," + number(dot.y + half) + " " + number(dot.x - half) + ","
                    + number(dot.y));
        }
        shape.setAttribute("class", "shape");
        group.appendChild(shape);
        if (dot.step >= 0) {
            group.setAttribute("data-step", String.valueOf(dot.step));
        }
        if (dot.description.isEmpty()) {
            group.setAttribute("aria-hidden", "true");
        } else {
            HTMLElement tooltip = element("title");
            tooltip.setTextContent(dot.description);
            group.appendChild(tooltip);
        }
        if (dot.action.kind != Action.Kind.NONE) {
            boolean step = dot.step >= 0;
            clickable(group, dot.action, dot.description, !step);
            if (step) {
                stepBoxes.add(group);
                group.setAttribute("tabindex", dot.step == 0 ? "0" : "-1");
                group.addEventListener("keydown", event -> moveAlongSteps((KeyboardEvent) event, dot.step));
            }
        }
        belongs(group, dot.step);
        return group;
    }

    /** A part's name for a screen reader: the text it shows first (so that a voice command can name it), then what it is. */
    private static String named(String shown, String description) {
        return shown.isEmpty() ? description : shown + ": " + description;
    }

    /** A part that does {@code action} on a click, and on Enter or space where it takes the focus. */
    private void clickable(HTMLElement part, Action action, String description, boolean focusable) {
        part.getClassList().add("action");
        part.setAttribute("role", "button");
        part.setAttribute("aria-label", description);
        if (focusable) {
            part.setAttribute("tabindex", "0");
        }
        part.addEventListener("click", event -> onAction.accept(action));
        part.addEventListener("keydown", event -> {
            String key = ((KeyboardEvent) event).getKey();
            if (key.equals("Enter") || key.equals(" ")) {
                event.preventDefault();
                onAction.accept(action);
            }
        });
    }

    /** ArrowLeft and ArrowRight move the focus to the step box beside. */
    private void moveAlongSteps(KeyboardEvent event, int step) {
        int next = event.getKey().equals("ArrowLeft") ? step - 1 : event.getKey().equals("ArrowRight") ? step + 1 : -1;
        if (next >= 0 && next < stepBoxes.size()) {
            event.preventDefault();
            stepBoxes.get(next).focus();
        }
    }

    private void belongs(HTMLElement part, int step) {
        if (step < 0) {
            return;
        }
        while (byStep.size() <= step) {
            byStep.add(new ArrayList<>());
        }
        byStep.get(step).add(part);
    }

    /**
     * The strips on one canvas over the SVG, from the first strip's corner: they are evenly spaced, so
     * each is a column of the canvas's pixels (with transparent ones between), scaled by CSS; a strip
     * is as wide as the spacing allows a whole number of times.
     */
    private void paintStrips(List<Strip> list, Trajectory trajectory, boolean place) {
        Strip first = list.get(0);
        double pitch = list.size() < 2 ? first.width : list.get(1).x - first.x;
        int per = Math.max(1, (int) Math.round(pitch / first.width));
        double column = pitch / per;
        int hidden = trajectory.hiddenSize();
        int columns = (list.size() - 1) * per + 1;
        int[] pixels = new int[columns * hidden];
        for (Strip strip : list) {
            for (int i = 0; i < hidden; i++) {
                pixels[i * columns + strip.step * per] = Pixels.abgr(ColorScale.STATE.rgb(trajectory.h(strip.step, i)));
            }
        }
        if (place || strips.getWidth() != columns || strips.getHeight() != hidden) {
            strips.setWidth(columns);
            strips.setHeight(hidden);
            Page.setStyleProperty(strips, "left", number(first.x) + "px");
            Page.setStyleProperty(strips, "top", number(first.y) + "px");
            Page.setStyleProperty(strips, "width", number(columns * column) + "px");
            Page.setStyleProperty(strips, "height", number(first.height) + "px");
        }
        ((CanvasRenderingContext2D) strips.getContext("2d")).putImageData(Pixels.image(pixels, columns, hidden), 0, 0);
    }

    private HTMLElement rect(String kind, double x, double y, double width, double height) {
        HTMLElement rect = element("rect");
        rect.setAttribute("class", kind);
        rect.setAttribute("x", number(x));
        rect.setAttribute("y", number(y));
        rect.setAttribute("width", number(width));
        rect.setAttribute("height", number(height));
        return rect;
    }

    private HTMLElement text(String content, String kind, double x, double y, String anchor) {
        HTMLElement text = element("text");
        text.setAttribute("class", kind);
        text.setAttribute("x", number(x));
        text.setAttribute("y", number(y));
        text.setAttribute("text-anchor", anchor);
        text.setTextContent(content);
        return text;
    }

    private HTMLElement element(String name) {
        return document.createElementNS(NS, name).cast();
    }

    /** A coordinate to one decimal, written without a double turned into text. */
    private static String number(double value) {
        return NumberText.plain(value, 1);
    }
}
