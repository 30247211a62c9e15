package rnnplayground.app.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure as data: boxes, arrows, lines, labels, colour strips and a plot's dots at positions in its own
 * units (CSS pixels at scale 1), each with the kind the page styles it by, what a click on it does, and the step it
 * belongs to (so that the step being read can be marked without drawing it again). The web layer
 * writes it as SVG; the JVM tests read it.
 */
public final class Figure {
    public final String title;
    /** What it shows now, in words: its text alternative. */
    public final String description;
    private double width;
    private double height;
    public final List<Box> boxes = new ArrayList<>();
    public final List<Arrow> arrows = new ArrayList<>();
    /** Lines without heads (a chart's axes, grid and series), drawn under everything else. */
    public final List<Line> lines = new ArrayList<>();
    public final List<Label> labels = new ArrayList<>();
    public final List<Strip> strips = new ArrayList<>();
    /** Drawn over the arrows, under the boxes and labels. */
    public final List<Dot> dots = new ArrayList<>();

    public Figure(String title, String description, double width, double height) {
        this.title = title;
        this.description = description;
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Its size, once what it holds is laid out. */
    void size(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The box with {@code id}, or null. */
    public Box box(String id) {
        for (Box box : boxes) {
            if (box.id.equals(id)) {
                return box;
            }
        }
        return null;
    }

    /** The arrow into {@code to}'s box from {@code from}'s, or null. */
    public Arrow arrow(String from, String to) {
        for (Arrow arrow : arrows) {
            if (arrow.from.equals(from) && arrow.to.equals(to)) {
                return arrow;
            }
        }
        return null;
    }
}
