package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Influence;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Trajectory;

/**
 * The measured rows while training, a piece a training frame, so that no frame measures a whole row (the
 * first symbol's reach alone is five passes over the sequence a lane). A round takes the lanes one after
 * the other: it copies a lane's weights and trajectory (a piece), then, with those
 * weights, the influence rows (a piece) and the reach had the first symbol been each other symbol (a
 * piece each). So what a row shows belongs to one state, the same bits as measured at once on that
 * state, however the training moved on meanwhile; once training settles, the widget measures its
 * networks themselves again.
 */
final class MeasureRounds {
    /** The pieces of a lane: its copy, its influence, then a piece for each first symbol. */
    private static final int PIECES = 2 + Alphabet.SIZE;

    private Copy[] copies = new Copy[0];
    private int lane;
    private int piece;

    /** New networks: a round starts on them, their copies made when first measured. */
    void networks(Model[] models) {
        copies = new Copy[models.length];
        restart();
    }

    /** A new round, from the first lane: the one under way may be of another sequence. */
    void restart() {
        lane = 0;
        piece = 0;
    }

    /**
     * The next piece of the round on the lanes' {@code models} into {@code measures}, the influence rows
     * of {@code choice}, the first lane's reach left alone while {@code editShown} (it is the edit's);
     * returns what it measured anew: {@link Change#CHOICE}, {@link Change#REACH} or nothing.
     */
    int next(Model[] models, Measures measures, Choice choice, boolean editShown) {
        if (copies.length != models.length) {
            networks(models);
        }
        Network network = models[lane].network();
        if (copies[lane] == null || copies[lane].network != network) {
            copies[lane] = new Copy(network);
            piece = 0;
        }
        Copy copy = copies[lane];
        int measured = 0;
        if (piece == 0) {
            copy.take(models[lane].trajectory());
        } else if (piece == 1) {
            int k = lane;
            copy.measure(() -> measures.influence(k, copy.influence, copy.trajectory, choice));
            measured = Change.CHOICE;
        } else if (lane > 0 || !editShown) {
            int symbol = piece - 2;
            copy.measure(() -> ChangeReach.addFirstSymbol(copy.trajectory, copy.other, symbol, copy.reach));
            if (piece == PIECES - 1) {
                measures.firstSymbolReach(lane, copy.reach);
                measured = Change.REACH;
            }
        }
        piece++;
        if (piece == PIECES) {
            piece = 0;
            lane = (lane + 1) % copies.length;
        }
        return measured;
    }

    /**
     * A lane's weights as a round took them, its trajectory with them and what is measured with them:
     * in the lane's own network, the copy swapped in for a piece and out again after it (a network of
     * its own would draw and scale random weights first, longer than a piece).
     */
    private static final class Copy {
        final Network network;
        final float[][] weights;
        final Trajectory trajectory;
        final Trajectory other;
        final Influence influence;
        double[] reach = new double[0];

        Copy(Network network) {
            this.network = network;
            Param[] params = network.params();
            weights = new float[params.length][];
            for (int p = 0; p < params.length; p++) {
                weights[p] = new float[params[p].w.length];
            }
            trajectory = new Trajectory(network.cell);
            other = new Trajectory(network.cell);
            influence = new Influence(network);
        }

        /** The network's weights and its trajectory {@code live} as they are now, and a reach row to add up anew. */
        void take(Trajectory live) {
            Param[] params = network.params();
            for (int p = 0; p < params.length; p++) {
                System.arraycopy(params[p].w, 0, weights[p], 0, weights[p].length);
            }
            trajectory.copy(live);
            other.invalidate();
            reach = new double[live.steps()];
        }

        /** Runs {@code measure} with the copied weights in the network, its own put back after. */
        void measure(Runnable measure) {
            swap();
            try {
                measure.run();
            } finally {
                swap();
            }
        }

        private void swap() {
            Param[] params = network.params();
            for (int p = 0; p < params.length; p++) {
                float[] own = params[p].w;
                float[] copied = weights[p];
                for (int i = 0; i < own.length; i++) {
                    float kept = own[i];
                    own[i] = copied[i];
                    copied[i] = kept;
                }
            }
        }
    }
}
