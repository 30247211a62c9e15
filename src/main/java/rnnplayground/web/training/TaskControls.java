package rnnplayground.web.training;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Change;
import rnnplayground.app.SymbolText;
import rnnplayground.app.TaskAccuracy;
import rnnplayground.app.TaskChoice;
import rnnplayground.app.WidgetState;
import rnnplayground.core.TaskSequence;
import rnnplayground.web.dom.Elements;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.SelectOptions;

/**
 * "Train on": the free text or a task with its number (a new choice means new networks, trained from
 * the start), what the task asks and its chance level, a few of its sequences with the predictions that
 * count marked, and the networks' accuracy on held-out sequences beside chance (measured again when
 * training settles, and at most once a second while it runs).
 */
public final class TaskControls implements WidgetState.View {
    private static final int EXAMPLES = 3;
    private static final double FOLLOW_MS = 1000;

    private final HTMLDocument document;
    private final WidgetState widget;
    private final HTMLSelectElement kind;
    private final HTMLElement numberSetting;
    private final HTMLElement numberLabel;
    private final HTMLInputElement number;
    private final HTMLElement message;
    private final HTMLElement rule;
    private final HTMLElement examples;
    private final HTMLElement accuracy;
    private double measuredAt = Double.NEGATIVE_INFINITY;

    public TaskControls(HTMLDocument document, WidgetState widget) {
        this.document = document;
        this.widget = widget;
        kind = (HTMLSelectElement) document.getElementById("task");
        numberSetting = document.getElementById("task-number-setting");
        numberLabel = document.getElementById("task-number-label");
        number = (HTMLInputElement) document.getElementById("task-number");
        message = document.getElementById("task-message");
        rule = document.getElementById("task-rule");
        examples = document.getElementById("task-examples");
        accuracy = document.getElementById("task-accuracy");
        for (int k = 0; k < TaskChoice.KEYS.length; k++) {
            SelectOptions.add(document, kind, String.valueOf(k), TaskChoice.NAMES[k]);
        }
        kind.addEventListener("change", event -> {
            int chosen = Integer.parseInt(kind.getValue());
            widget.setTask(chosen == 0 ? TaskChoice.FREE_TEXT : TaskChoice.of(chosen));
        });
        // checked while typing, applied when committed, as the hidden size is
        number.addEventListener("input", event -> validNumber());
        number.addEventListener("change", event -> {
            int n = validNumber();
            if (n >= 0) {
                widget.setTask(new TaskChoice(widget.page().task.kind, n));
            }
        });
    }

    @Override
    public void show(WidgetState widget, Change change) {
        TaskChoice task = widget.page().task;
        if (change.has(Change.NETWORKS)) {
            kind.setValue(String.valueOf(task.kind));
            numberSetting.setHidden(task.isFreeText());
            numberLabel.setTextContent(TaskChoice.NUMBER_NAMES[task.kind]);
            number.setAttribute("min", String.valueOf(TaskChoice.MIN[task.kind]));
            number.setAttribute("max", String.valueOf(TaskChoice.MAX[task.kind]));
            number.setValue(String.valueOf(task.number));
            number.removeAttribute("aria-invalid");
            message.setTextContent("");
        }
        String text = widget.page().sequence;
        if (change.hasAny(Change.NETWORKS | Change.LAYOUT)) {
            rule.setTextContent(task.rule(text));
            showExamples(task, text);
        }
        boolean waits = change.has(Change.FRAME) && !change.has(Change.SETTLED) && Page.now() - measuredAt < FOLLOW_MS;
        if (change.hasAny(Change.NETWORKS | Change.LAYOUT | Change.FRAME | Change.SETTLED) && !waits) {
            measuredAt = Page.now();
            accuracy.setTextContent(TaskAccuracy.of(widget.lanes(), task, text));
        }
    }

    /** A few of the task's sequences, each symbol in a box, the ones whose prediction counts marked. */
    private void showExamples(TaskChoice task, String text) {
        Elements.empty(examples);
        boolean shown = !task.isFreeText() && (!task.readsText() || text.length() > 1);
        examples.setHidden(!shown);
        if (!shown) {
            return;
        }
        for (TaskSequence example : task.examples(text, EXAMPLES)) {
            HTMLElement item = document.createElement("li");
            item.setClassName("task-example");
            StringBuilder counted = new StringBuilder();
            for (int t = 0; t < example.length(); t++) {
                HTMLElement symbol = document.createElement("span");
                boolean scored = example.isScored(t);
                symbol.setClassName(scored ? "symbol scored" : "symbol");
                symbol.setTextContent(SymbolText.glyph(example.symbols[t]));
                symbol.setAttribute("aria-hidden", "true");
                item.appendChild(symbol);
                if (scored) {
                    counted.append(counted.length() == 0 ? "" : ", ").append(t);
                }
            }
            HTMLElement words = document.createElement("span");
            words.setClassName("visually-hidden");
            words.setTextContent("“" + example.text() + "”, the predictions of the symbols at " + counted + " count");
            item.appendChild(words);
            examples.appendChild(item);
        }
    }

    /** The number in the box, or -1 (and a message beside it) when the task does not take it. */
    private int validNumber() {
        int kindIndex = widget.page().task.kind;
        int n = TaskChoice.parseNumber(kindIndex, number.getValue());
        if (n < 0) {
            number.setAttribute("aria-invalid", "true");
            message.setTextContent(TaskChoice.numberRule(kindIndex));
        } else {
            number.removeAttribute("aria-invalid");
            message.setTextContent("");
        }
        return n;
    }
}
