package rnnplayground.app;

/**
 * The lanes of a first visit, drawn before the page's build has loaded: a plain link's networks,
 * untrained, measured as the widget measures them when it starts (how far the first symbol reaches,
 * each state's influence on the loss), every step shown, nothing chosen. The widget of the same link
 * shows the same when it starts.
 */
public final class FirstLanes implements LanesShown {
    private final PlainLink link;
    private final Model[] models;
    private final Measures measures = new Measures();
    private final Playback playback = new Playback();

    public FirstLanes(PlainLink link) {
        this.link = link;
        Model first = model(link.cell);
        models = link.compare.isEmpty() ? new Model[] {first} : new Model[] {first, model(link.compare)};
        measures.networks(models);
        measures.firstSymbolReach(models, false);
        measures.influence(models, Choice.NONE);
        playback.showAll(first.trajectory().steps());
    }

    private Model model(String cell) {
        return new Model(cell, link.seed, link.hiddenSize, link.recurrentScale, link.sequence);
    }

    @Override
    public int laneCount() {
        return models.length;
    }

    @Override
    public Model model(int lane) {
        return models[lane];
    }

    @Override
    public boolean gatesShown() {
        return link.gates;
    }

    @Override
    public int colour() {
        return link.colour;
    }

    @Override
    public Measures measures() {
        return measures;
    }

    @Override
    public Playback playback() {
        return playback;
    }

    @Override
    public int feeding(int lane) {
        return -1;
    }

    @Override
    public int changedFrom() {
        return -1;
    }

    @Override
    public boolean perDimension() {
        return false;
    }
}
