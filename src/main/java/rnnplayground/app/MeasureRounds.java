package rnnplayground.app;

import rnnplayground.core.Alphabet;
import rnnplayground.core.Influence;
import rnnplayground.core.Network;
import rnnplayground.core.Param;
import rnnplayground.core.Trajectory;

/**
 * The measured rows while training, a piece a training frame, so that no frame measures a whole row (the
 * first symbol's reach alone is five passes over the sequence a lane). A round takes the lanes one after
 * the other: it copies a lane's weights into a network of its own and computes its trajectory (a
 * piece), then, on that copy, the influence rows (a piece) and the reach had the first symbol been each
 * other symbol (a piece each). So what a row shows belongs to one state, the same bits as measured at
 * once on that state, however the training moved on meanwhile; once training settles, the widget
 * measures its networks themselves again.
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
        int measured = 0;
        Copy copy = copies[lane];
        if (piece == 0) {
            if (copy == null) {
                copy = new Copy(models[lane].network());
                copies[lane] = copy;
            }
            copy.take(models[lane]);
        } else if (piece == 1) {
            measures.influence(lane, copy.influence, copy.trajectory, choice);
            measured = Change.CHOICE;
        } else if (lane > 0 || !editShown) {
            ChangeReach.addFirstSymbol(copy.trajectory, copy.other, piece - 2, copy.reach);
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

    /** A copy of a lane's network, its trajectory and what is measured on it. */
    private static final class Copy {
        final Network network;
        final Trajectory trajectory;
        final Trajectory other;
        final Influence influence;
        double[] reach = new double[0];

        Copy(Network of) {
            network = Network.random(of.cell.kind().key, 0, of.hiddenSize(), 1);
            trajectory = new Trajectory(network.cell);
            other = new Trajectory(network.cell);
            influence = new Influence(network);
        }

        /** The weights and the sequence of {@code model} as they are now, and a reach row to add up anew. */
        void take(Model model) {
            Param[] from = model.network().params();
            Param[] to = network.params();
            for (int p = 0; p < from.length; p++) {
                System.arraycopy(from[p].w, 0, to[p].w, 0, from[p].w.length);
            }
            Trajectory live = model.trajectory();
            trajectory.invalidate();
            trajectory.update(live.symbols(), 0, live.steps());
            other.invalidate();
            reach = new double[live.steps()];
        }
    }
}
