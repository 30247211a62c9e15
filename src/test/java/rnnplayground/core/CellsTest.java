package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {
    private static final int[] TEXT = Alphabet.encode(TrainingTest.LONG);

    static Param param(Network network, String name) {
        for (Param p : network.params()) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void theRegistryListsItsCellsPlainRnnFirstEachUnderItsOwnKey() {
        String[] keys = Cells.keys();
        assertEquals("rnn", keys[0]);
        assertEquals("rnn", Cells.first());
        assertEquals(keys.length, java.util.Set.of(keys).size(), "no key twice");
        assertTrue(keys.length >= 4);
        assertEquals("Plain RNN", Cells.displayName("rnn"));
        assertEquals("Selective linear", Cells.displayName("linear"));
        for (String key : Cells.keys()) {
            RecurrentCell cell = Network.random(key, 1, 4, 0.9).cell;
            assertEquals(key, cell.key());
            assertEquals(Cells.displayName(key), cell.displayName());
        }
        assertFalse(Cells.has("transformer"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cells.displayName("x"));
        assertEquals("no cell is called 'x'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Network.random("gru", 1, 0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> Network.random("gru", 1, 4, 0));
    }

    @Test
    void everyCellMatchesTheDoublePrecisionReferenceOver50Steps() {
        int[] symbols = new int[50];
        System.arraycopy(TEXT, 0, symbols, 0, 50);
        for (String key : Cells.keys()) {
            for (int seed = 1; seed <= 3; seed++) {
                Network network = Network.random(key, seed, 16, 0.6 * seed);
                Trajectory trajectory = new Trajectory(network.cell);
                trajectory.update(symbols);
                double[][] expected = new Reference(network).states(symbols);
                for (int t = 0; t < 50; t++) {
                    for (int k = 0; k < trajectory.stateSize(); k++) {
                        assertEquals(expected[t][k], trajectory.state(t, k), 1e-6, key + ", seed " + seed + ", s_" + t
                                + "[" + k + "]");
                    }
                }
            }
        }
    }

    @Test
    void anLstmWhoseForgetGateIsOneAndInputGateZeroKeepsItsCellState() {
        Network network = Network.random("lstm", 3, 8, 0.9);
        saturate(network, "f", 30);
        saturate(network, "i", -30);
        Trajectory trajectory = new Trajectory(network.cell);
        float[] initial = new float[16];
        for (int k = 0; k < 16; k++) {
            initial[k] = (k - 7.5f) / 4;
        }
        trajectory.restart(initial, 0);
        trajectory.update(TEXT);
        for (int t = 0; t < TEXT.length; t++) {
            for (int k = 0; k < 8; k++) {
                assertEquals(1f, trajectory.gate(t, 1, k), "f");
                assertEquals(0f, trajectory.gate(t, 0, k), "i");
                assertEquals(initial[8 + k], trajectory.state(t, 8 + k), "c_" + t + "[" + k + "] unchanged");
            }
        }
    }

    @Test
    void aGruWhoseUpdateGateIsOneCopiesItsState() {
        Network network = Network.random("gru", 4, 8, 0.9);
        saturate(network, "z", 30);
        Trajectory trajectory = new Trajectory(network.cell);
        float[] initial = {0.5f, -0.25f, 0.125f, 1, -1, 0, 0.75f, -0.5f};
        trajectory.restart(initial, 0);
        trajectory.update(TEXT);
        for (int t = 0; t < TEXT.length; t++) {
            for (int i = 0; i < 8; i++) {
                assertEquals(initial[i], trajectory.h(t, i), "h_" + t + "[" + i + "] copied");
            }
        }
    }

    /** Makes gate {@code gate} read nothing but a bias of {@code bias}: σ of it is exactly 0 or 1. */
    private static void saturate(Network network, String gate, float bias) {
        java.util.Arrays.fill(param(network, "W_" + gate).w, 0);
        java.util.Arrays.fill(param(network, "U_" + gate).w, 0);
        java.util.Arrays.fill(param(network, "b_" + gate).w, bias);
    }

    @Test
    void theSelectiveLinearCellsScanEqualsItsLoop() {
        for (int seed = 1; seed <= 5; seed++) {
            Network network = Network.random("linear", seed, 16, 0.9);
            SelectiveLinearCell cell = (SelectiveLinearCell) network.cell;
            Trajectory trajectory = new Trajectory(cell);
            trajectory.update(TEXT);
            double[] scanned = cell.scan(TEXT);
            for (int t = 0; t < TEXT.length; t++) {
                for (int i = 0; i < 16; i++) {
                    assertEquals(trajectory.h(t, i), scanned[t * 16 + i], 1e-6, "h_" + t + "[" + i + "]");
                }
            }
        }
    }

    @Test
    void everyCellsTermsAddUpToWhatItStored() {
        for (String key : Cells.keys()) {
            Network network = Network.random(key, 5, 8, 1.3);
            new Trainer(network).step(TEXT);
            Trajectory trajectory = new Trajectory(network.cell);
            trajectory.update(TEXT);
            for (int t = 0; t < TEXT.length; t++) {
                for (int i = 0; i < 8; i++) {
                    List<Term> terms = trajectory.terms(t, i);
                    checkSums(terms, key + ", step " + t + ", dimension " + i);
                    for (Term term : terms) {
                        assertFalse(term.meaning.contains("{") || term.meaning.contains("}"),
                                key + ": a meaning is plain text, its symbols unmarked: " + term.meaning);
                    }
                    Term last = terms.get(terms.size() - 1);
                    assertEquals(trajectory.h(t, i), (float) last.value, key + ": the last term is h");
                    Gate[] gates = network.cell.gates();
                    for (int g = 0; g < gates.length; g++) {
                        float stored = trajectory.gate(t, g, i);
                        String name = gates[g].name;
                        assertTrue(terms.stream().anyMatch(term -> term.group.equals(name)
                                && term.kind == Term.Kind.NONLINEARITY && term.value == stored),
                                key + ": gate " + name + " has its stored value as a term");
                    }
                }
            }
        }
    }

    /** In every group, the sum is its input, recurrent and bias terms added, and a state its updates added. */
    private static void checkSums(List<Term> terms, String what) {
        double pre = 0;
        double update = 0;
        for (Term term : terms) {
            switch (term.kind) {
                case INPUT:
                    pre = term.value;
                    break;
                case RECURRENT:
                case BIAS:
                    pre = pre + term.value;
                    break;
                case SUM:
                    assertEquals(pre, term.value, 0.0, what + ": " + term.group + " sum");
                    break;
                case UPDATE:
                    update = update + term.value;
                    break;
                case STATE:
                    if (update != 0) {
                        assertEquals((float) update, (float) term.value, what + ": " + term.group);
                    }
                    update = 0;
                    break;
                default:
                    break;
            }
        }
    }

    @Test
    void theLstmsHiddenStateIsItsOutputGateTimesTheTanhOfItsCellState() {
        Network network = Network.random("lstm", 6, 8, 0.9);
        Trajectory trajectory = new Trajectory(network.cell);
        trajectory.update(TEXT);
        for (int t = 0; t < TEXT.length; t++) {
            for (int i = 0; i < 8; i++) {
                List<Term> terms = trajectory.terms(t, i);
                float tanhC = (float) terms.get(terms.size() - 2).value;
                assertEquals((float) Kernels.tanh(trajectory.state(t, 8 + i)), tanhC);
                assertEquals((float) ((double) trajectory.gate(t, 2, i) * tanhC), trajectory.h(t, i));
            }
        }
    }

    @Test
    void initialisationFollowsTheDocumentedRules() {
        for (int seed = 1; seed <= 5; seed++) {
            Network plain = Network.random("rnn", seed, 16, Cells.DEFAULT_RECURRENT_SCALE);
            Prng prng = new Prng(seed);
            float[] wxh = WeightInit.uniform(prng, 16 * Alphabet.SIZE, WeightInit.WXH_SCALE);
            float[] whh = WeightInit.recurrent(prng, 16, Cells.DEFAULT_RECURRENT_SCALE);
            float[] b = WeightInit.uniform(prng, 16, WeightInit.B_SCALE);
            assertArrayEquals(wxh, param(plain, "W_xh").w, "every link keeps its heatmap: W_xh, W_hh, b drawn in turn");
            assertArrayEquals(whh, param(plain, "W_hh").w);
            assertArrayEquals(b, param(plain, "b").w);
            Network lstm = Network.random("lstm", seed, 16, 1.5);
            assertEquals(1, mean(param(lstm, "b_f").w), 0.1, "the forget bias starts near +1");
            assertEquals(0, mean(param(lstm, "b_i").w), 0.1);
            Network linear = Network.random("linear", seed, 16, 1.5);
            assertEquals(2, mean(param(linear, "b_a").w), 0.1, "the decay bias starts near +2");
            for (String key : new String[] {"gru", "lstm"}) {
                for (Param p : Network.random(key, seed, 16, 1.5).params()) {
                    if (p.name.startsWith("U_")) {
                        double[] m = new double[p.size()];
                        for (int k = 0; k < m.length; k++) {
                            m[k] = p.w[k];
                        }
                        assertEquals(1.5, WeightInit.spectralNorm(m, 16), 0.01, key + " " + p.name);
                    }
                }
            }
        }
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
