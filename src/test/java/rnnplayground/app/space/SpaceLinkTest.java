package rnnplayground.app.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rnnplayground.app.Change;
import rnnplayground.app.HashCodec;
import rnnplayground.app.PageState;
import rnnplayground.app.WidgetState;

/** Whether the plot is shown travels in the link, as "space=on", left out while it is not. */
class SpaceLinkTest {
    @Test
    void thePlotShownIsInTheLinkAndOlderLinksKeepTheirForm() {
        assertEquals("seq=abracadabra&seed=1&h=16", HashCodec.encode(PageState.DEFAULT));
        assertFalse(HashCodec.decode("#seq=abracadabra&seed=1&h=16").state.space);
        PageState shown = PageState.DEFAULT.with(b -> b.space(true));
        assertEquals("seq=abracadabra&seed=1&h=16&space=on", HashCodec.encode(shown));
        HashCodec.Decoded decoded = HashCodec.decode("#seq=abracadabra&seed=1&h=16&space=on");
        assertTrue(decoded.state.space);
        assertEquals("", decoded.problem);
        HashCodec.Decoded bad = HashCodec.decode("#seq=abracadabra&space=maybe");
        assertFalse(bad.state.space);
        assertTrue(bad.problem.contains("state space"), bad.problem);
    }

    @Test
    void showingThePlotChangesOnlyTheLink() {
        WidgetState widget = new WidgetState(PageState.DEFAULT, () -> 0);
        List<Change> changes = new ArrayList<>();
        widget.subscribe((w, change) -> changes.add(change));
        widget.start();
        changes.clear();
        widget.showSpace(true);
        assertTrue(widget.page().space);
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).has(Change.LINK));
        assertFalse(changes.get(0).hasAny(Change.NETWORKS | Change.VALUES | Change.LAYOUT));
        assertTrue(HashCodec.encode(widget.page()).endsWith("&space=on"));
    }
}
