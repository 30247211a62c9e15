package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import rnnplayground.core.Cells;

/** The small reader of a first visit's link: what it reads, HashCodec reads the same; the rest it leaves. */
class PlainLinkTest {
    @Test
    void noLinkAndAPlainAnchorAreTheDefaults() {
        for (String hash : new String[] {"", "#", "#history", "history"}) {
            PlainLink link = PlainLink.read(hash);
            assertNotNull(link, hash);
            assertFalse(link.fromLink, hash);
            assertSame(PageState.DEFAULT, link, hash);
        }
        assertNotNull(PlainLink.read(null));
    }

    @Test
    void readsEveryLinkThePageWritesForTheHeatmapsFields() {
        List<PageState> states = new ArrayList<>();
        String[] cells = Cells.keys();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            String compare = c == 0 ? "" : cells[(c + 1) % cells.length];
            int index = c;
            states.add(PageState.DEFAULT.with(b -> b.cell(cell).compare(compare).seed(index == 2 ? -7 : 40 + index)
                    .hiddenSize(index == 3 ? PageState.MAX_HIDDEN_SIZE : PageState.MIN_HIDDEN_SIZE + index)
                    .recurrentScale(index * 7).gates(index % 2 == 1).colour(index - 1).sequence(index == 4 ? " a b " : "abba cab")));
        }
        // fields that change nothing in the heatmap's box travel along
        states.add(PageState.DEFAULT.with(b -> b.learningRate(1).clip(2).temperature(3).sampleSeed(9).space(true)
                .panels(Panels.parse("inspect")).detector(2).training(TrainingPlan.parse("ab ra:4:0.3:off,20"))));
        for (PageState state : states) {
            String hash = "#" + HashCodec.encode(state);
            PlainLink link = PlainLink.read(hash);
            assertNotNull(link, hash);
            assertTrue(link.fromLink);
            assertSame(state, link, hash);
        }
    }

    @Test
    void leavesEveryOtherLinkToThePage() {
        for (String hash : new String[] {
            "seq=ab&open=h:0:1:1", "task=recall", "experiment=gaps:1,2", "seq=ab&zz=1", "seq=ab&seq=ab", "seed=1&seed=1",
            "se%71=ab", "seed=%31", "seq=ab+cd", "seq=ab%2520", "seq=", "seq=ab&h", "seq=ABRA", "seq=abx", "cell=rnn&compare=rnn",
            "h=8&colour=8", "h=3", "h=65", "cell=nope", "rho=0.90", "gates=yes", "seed=4294967296", "colour=-1",
            "seq=" + "a".repeat(SequenceRules.MAX_LENGTH + 1), "a=b", "seq=ab&" + "lr=0.1&".repeat(HashCodec.MAX_PARTS)}) {
            assertNull(PlainLink.read("#" + hash), hash);
        }
        assertNotNull(PlainLink.read("#seq=ab&" + "lr=0.1&".repeat(HashCodec.MAX_PARTS - 1)));
        assertNotNull(PlainLink.read("#&&seq=a%20b&&"));
    }

    /** Links made of the pieces either reader cares about, at random: where the small one reads one, it reads what HashCodec reads. */
    @Test
    void agreesWithHashCodecOnEveryLinkItReads() {
        String[] pieces = {"seq=abba", "seq=ab%20c", "seq=%20", "seq=", "seq=ab+c", "seq=aB", "seed=0", "seed=007",
            "seed=4294967295", "seed=2147483648", "seed=x", "h=4", "h=04", "h=64", "h=65", "cell=gru", "cell=lstm",
            "cell=rnn", "compare=gru", "compare=", "compare=rnn", "rho=1", "rho=0.25", "rho=2", "gates=on", "gates=off",
            "colour=", "colour=3", "colour=15", "colour=63", "lr=0.1", "lr=junk", "train=12", "train=junk", "temp=1",
            "panels=inspect", "detector=b", "space=on", "sample=3", "clip=off", "open=h:0:1:1", "x=1", "&", "=", "a"};
        Random random = new Random(27);
        int read = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder hash = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                hash.append(k == 0 && hash.length() == 0 ? "" : "&").append(pieces[random.nextInt(pieces.length)]);
            }
            PlainLink link = PlainLink.read(hash.toString());
            if (link != null) {
                read++;
                HashCodec.Decoded decoded = HashCodec.decode(hash.toString());
                assertEquals(decoded.fromLink, link.fromLink, hash.toString());
                assertSame(decoded.state, link, hash.toString());
            }
        }
        assertTrue(read > 2_000, "links read: " + read);
        for (String hostile : HostileLinks.ALL) {
            PlainLink link = PlainLink.read(hostile);
            if (link != null) {
                assertSame(HashCodec.decode(hostile).state, link, hostile);
            }
        }
    }

    private static void assertSame(PageState state, PlainLink link, String hash) {
        assertEquals(state.sequence, link.sequence, hash);
        assertEquals(state.seed, link.seed, hash);
        assertEquals(state.hiddenSize, link.hiddenSize, hash);
        assertEquals(state.cell, link.cell, hash);
        assertEquals(state.compare, link.compare, hash);
        assertEquals(state.recurrentScale, link.recurrentScale, hash);
        assertEquals(state.gates, link.gates, hash);
        assertEquals(state.colour, link.colour, hash);
    }
}
