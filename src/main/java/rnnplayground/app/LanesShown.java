package rnnplayground.app;

/**
 * What the lanes' grids are drawn from: the networks on show, what is measured on them, the replay's
 * position and the marks. The widget's state gives it; so does a first visit's, made before the page's
 * build has loaded ({@link FirstLanes}).
 */
public interface LanesShown {
    /** How many lanes: 1, or 2 with a compared cell. */
    int laneCount();

    Model model(int lane);

    /** Whether the gates are shown, each as a grid. */
    boolean gatesShown();

    /** The dimension the letters are coloured by, or -1. */
    int colour();

    Measures measures();

    Playback playback();

    /** The step whose state fed the value chosen in {@code lane}, or -1. */
    int feeding(int lane);

    /** The first step the last edit changed, while its outline shows; -1 otherwise. */
    int changedFrom();

    /** Whether the influence rows are also shown dimension by dimension. */
    boolean perDimension();
}
