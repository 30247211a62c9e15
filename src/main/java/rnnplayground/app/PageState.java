package rnnplayground.app;

import java.util.function.Consumer;
import rnnplayground.core.Cells;

/** Everything that decides what the page shows: one immutable value. */
public final class PageState {
    public static final int DEFAULT_SEED = 1;
    public static final int DEFAULT_HIDDEN_SIZE = 16;
    public static final int MIN_HIDDEN_SIZE = 4;
    public static final int MAX_HIDDEN_SIZE = 64;
    public static final PageState DEFAULT = new Builder().build();

    public final String sequence;
    public final int seed;
    public final int hiddenSize;
    /** The cell's key (one of {@code Cells.keys()}), and the compared cell's, or "" for none. */
    public final String cell;
    public final String compare;
    /** The recurrent scale ρ, by its index in {@link CellSettings#RECURRENT_SCALES}. */
    public final int recurrentScale;
    /** Whether the gates are shown, each as a heatmap. */
    public final boolean gates;
    /** The learning rate, one of {@link TrainingSettings#LEARNING_RATES}, by its index there. */
    public final int learningRate;
    /** The gradient clipping, one of {@link TrainingSettings#CLIP_THRESHOLDS}, by its index there. */
    public final int clip;
    /** The training steps taken, and the texts trained on before the current sequence. */
    public final TrainingPlan training;
    /** The sample's temperature, by its index in {@link SampleSettings#TEMPERATURE_TEXTS}, and its seed. */
    public final int temperature;
    public final int sampleSeed;
    /** The dimension the letters are coloured by, or -1. */
    public final int colour;
    /** The value whose arithmetic is open. */
    public final OpenCell open;
    /** Whether the state-space plot is shown. */
    public final boolean space;
    /** What the networks train on: the free text of the box, or a task. */
    public final TaskChoice task;
    /** The recall experiment the page runs, as {@link ExperimentSettings#text} writes it, or "" for none. */
    public final String experiment;
    /** The folding panels open, a set of {@link Panels}. */
    public final int panels;
    /** The symbol whose detectors are ranked, or -1. */
    public final int detector;

    private PageState(Builder b) {
        this.sequence = b.sequence;
        this.seed = b.seed;
        this.hiddenSize = b.hiddenSize;
        this.cell = b.cell;
        this.compare = b.compare;
        this.recurrentScale = b.recurrentScale;
        this.gates = b.gates;
        this.learningRate = b.learningRate;
        this.clip = b.clip;
        this.training = b.training;
        this.temperature = b.temperature;
        this.sampleSeed = b.sampleSeed;
        this.colour = b.colour;
        this.open = b.open;
        this.space = b.space;
        this.task = b.task;
        this.experiment = b.experiment;
        this.panels = b.panels;
        this.detector = b.detector;
    }

    public PageState(String sequence, int seed, int hiddenSize) {
        this(new Builder().sequence(sequence).seed(seed).hiddenSize(hiddenSize));
    }

    /** This state with the fields {@code change} sets on a copy of it. */
    public PageState with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    public PageState withSequence(String next) {
        return with(b -> b.sequence(next));
    }

    public PageState withSeed(int next) {
        return with(b -> b.seed(next));
    }

    public PageState withHiddenSize(int next) {
        return with(b -> b.hiddenSize(next));
    }

    /** The learning rate and clipping the next training steps take. */
    public StepSettings stepSettings() {
        return new StepSettings(learningRate, clip);
    }

    /** The fields of a state being made. */
    public static final class Builder {
        private String sequence = SequenceRules.DEFAULT_SEQUENCE;
        private int seed = DEFAULT_SEED;
        private int hiddenSize = DEFAULT_HIDDEN_SIZE;
        private String cell = Cells.first();
        private String compare = "";
        private int recurrentScale = CellSettings.DEFAULT_RECURRENT_SCALE;
        private boolean gates;
        private int learningRate = TrainingSettings.DEFAULT_LEARNING_RATE;
        private int clip = TrainingSettings.DEFAULT_CLIP;
        private TrainingPlan training = TrainingPlan.NONE;
        private int temperature = SampleSettings.DEFAULT_TEMPERATURE;
        private int sampleSeed = SampleSettings.DEFAULT_SEED;
        private int colour = -1;
        private OpenCell open = OpenCell.NONE;
        private boolean space;
        private TaskChoice task = TaskChoice.FREE_TEXT;
        private String experiment = "";
        private int panels = Panels.DEFAULT;
        private int detector = -1;

        Builder() {
        }

        Builder(PageState state) {
            sequence = state.sequence;
            seed = state.seed;
            hiddenSize = state.hiddenSize;
            cell = state.cell;
            compare = state.compare;
            recurrentScale = state.recurrentScale;
            gates = state.gates;
            learningRate = state.learningRate;
            clip = state.clip;
            training = state.training;
            temperature = state.temperature;
            sampleSeed = state.sampleSeed;
            colour = state.colour;
            open = state.open;
            space = state.space;
            task = state.task;
            experiment = state.experiment;
            panels = state.panels;
            detector = state.detector;
        }

        public Builder sequence(String value) {
            sequence = value;
            return this;
        }

        public Builder seed(int value) {
            seed = value;
            return this;
        }

        public Builder hiddenSize(int value) {
            hiddenSize = value;
            return this;
        }

        public Builder cell(String key) {
            cell = key;
            return this;
        }

        public Builder compare(String key) {
            compare = key;
            return this;
        }

        public Builder recurrentScale(int index) {
            recurrentScale = index;
            return this;
        }

        public Builder gates(boolean shown) {
            gates = shown;
            return this;
        }

        public Builder learningRate(int index) {
            learningRate = index;
            return this;
        }

        public Builder clip(int index) {
            clip = index;
            return this;
        }

        public Builder training(TrainingPlan value) {
            training = value;
            return this;
        }

        public Builder temperature(int index) {
            temperature = index;
            return this;
        }

        public Builder sampleSeed(int value) {
            sampleSeed = value;
            return this;
        }

        public Builder colour(int dimension) {
            colour = dimension;
            return this;
        }

        public Builder open(OpenCell cell) {
            open = cell;
            return this;
        }

        public Builder space(boolean shown) {
            space = shown;
            return this;
        }

        public Builder task(TaskChoice value) {
            task = value;
            return this;
        }

        /** The experiment's settings text ({@link ExperimentSettings#text}), or "" for none. */
        public Builder experiment(String value) {
            experiment = value;
            return this;
        }

        public Builder panels(int set) {
            panels = set;
            return this;
        }

        public Builder detector(int symbol) {
            detector = symbol;
            return this;
        }

        PageState build() {
            return new PageState(this);
        }
    }
}
