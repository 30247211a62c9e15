package rnnplayground.web.heatmap;

import rnnplayground.app.Choice;

/** Where the grids show a chosen value. */
public interface GridPlaces {
    /** Where {@code choice}'s value is on screen: {left, top, right, bottom}. */
    double[] bounds(Choice choice);

    /** The focus goes to the grid of {@code choice}. */
    void focus(Choice choice);
}
