package rnnplayground.web;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLInputElement;
import rnnplayground.app.Choice;
import rnnplayground.app.HashCodec;
import rnnplayground.app.SequenceRules;
import rnnplayground.app.WidgetState;
import rnnplayground.web.controls.CellControls;
import rnnplayground.web.controls.CellNotes;
import rnnplayground.web.controls.EditNote;
import rnnplayground.web.controls.FoldingPanels;
import rnnplayground.web.controls.PlaybackControls;
import rnnplayground.web.controls.SeedControls;
import rnnplayground.web.controls.SequenceField;
import rnnplayground.web.controls.SettingsControls;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.StatusLine;
import rnnplayground.web.experiment.ExperimentView;
import rnnplayground.web.figures.CellDiagramView;
import rnnplayground.web.figures.StateSpaceView;
import rnnplayground.web.figures.UnrolledView;
import rnnplayground.web.heatmap.LaneViews;
import rnnplayground.web.heatmap.Legends;
import rnnplayground.web.heatmap.Zoom;
import rnnplayground.web.inspect.ArithmeticPanel;
import rnnplayground.web.inspect.ChoiceNote;
import rnnplayground.web.inspect.DetectorControls;
import rnnplayground.web.inspect.InfluenceTable;
import rnnplayground.web.inspect.NumbersTable;
import rnnplayground.web.inspect.WeightsView;
import rnnplayground.web.share.Address;
import rnnplayground.web.share.EmbedControls;
import rnnplayground.web.share.Exports;
import rnnplayground.web.share.Landing;
import rnnplayground.web.share.ShareControls;
import rnnplayground.web.training.SampleView;
import rnnplayground.web.training.TaskControls;
import rnnplayground.web.training.TrainingControls;
import rnnplayground.web.training.TrainingRunner;
import rnnplayground.web.training.UndoNote;

/**
 * The widget's wiring: the state a link holds becomes the one {@link WidgetState}, and every view
 * subscribes to it. A new view is one more line here.
 */
final class Playground implements LaneViews.Actions {
    private final WidgetState widget;
    private final LaneViews lanes;
    private final ArithmeticPanel arithmetic;
    private final PlaybackControls playback;

    Playground(HTMLDocument document) {
        HashCodec.Decoded decoded = HashCodec.decode(Page.hash());
        widget = new WidgetState(decoded.state, Page::now);
        lanes = new LaneViews(document, widget, this);
        arithmetic = new ArithmeticPanel(document, widget, lanes);
        playback = new PlaybackControls(document, widget);
        widget.subscribe(lanes);
        widget.subscribe(new NumbersTable(document));
        widget.subscribe(new InfluenceTable(document, widget));
        widget.subscribe(arithmetic);
        widget.subscribe(new ChoiceNote(document, widget, () -> open(widget.choice())));
        widget.subscribe(new WeightsView(document, () -> widget.model(0)));
        widget.subscribe(new DetectorControls(document, widget::trajectory, widget::colourBy, widget::setDetector));
        widget.subscribe(new FoldingPanels(document, widget));
        widget.subscribe(playback);
        widget.subscribe(new SettingsControls(document, widget));
        widget.subscribe(new CellControls(document, widget));
        widget.subscribe(new CellNotes(document));
        widget.subscribe(new EditNote(document, widget));
        widget.subscribe(new SampleView(document, widget));
        widget.subscribe(new TrainingControls(document, widget));
        widget.subscribe(new TrainingRunner(document, widget));
        widget.subscribe(new UndoNote(document, widget));
        widget.subscribe(new SeedControls(document, widget, playback::replay));
        widget.subscribe(new Address());
        document.getElementById("sequence-help").setTextContent(SequenceRules.help());
        new SequenceField((HTMLInputElement) document.getElementById("sequence"),
                document.getElementById("sequence-message"), decoded.state.sequence, decoded.problem, widget::edit);
        StatusLine shareStatus = new StatusLine(document.getElementById("share-status"));
        new ShareControls(document, shareStatus, widget::page);
        new EmbedControls(document, widget::page);
        new Exports(document, shareStatus, () -> widget.model(0), widget::page);
        Legends.draw(document);
        Zoom.wire(document, widget::relayout);
        widget.start();
        Landing landing = new Landing(document);
        if (decoded.fromLink) {
            landing.land();
        }
        if (decoded.state.open.isOpen()) {
            widget.openCell(Choice.of(decoded.state.open));
        }
        Page.markOnce("first-heatmap"); // unless the small build drew it first (web/first)
        Window.setTimeout(() -> afterFirstHeatmap(document, landing), 0); // once the first heatmap is on screen
    }

    /** The figures, the task chooser, the experiment and the state space: none of them runs before the first heatmap. */
    private void afterFirstHeatmap(HTMLDocument document, Landing landing) {
        widget.subscribe(new UnrolledView(document, document.getElementById("unrolled-widget"), widget, this::open));
        widget.subscribe(new UnrolledView(document, document.getElementById("unrolled-article"), widget, this::open));
        widget.subscribe(new CellDiagramView(document, document.getElementById("cell-diagrams"), widget, this::open));
        widget.subscribe(new TaskControls(document, widget));
        widget.subscribe(new ExperimentView(document, widget));
        widget.subscribe(new StateSpaceView(document, widget));
        landing.keep();
        arithmetic.revealChoice();
    }

    @Override
    public void open(Choice choice) {
        widget.openCell(choice);
        if (widget.choice().isMade()) {
            arithmetic.focus();
        }
    }

    @Override
    public void close() {
        arithmetic.close();
    }

    @Override
    public void togglePlay() {
        playback.toggle();
    }
}
