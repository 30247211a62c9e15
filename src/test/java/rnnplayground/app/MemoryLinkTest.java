package rnnplayground.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The task and the experiment in a link: left out at their defaults, refused alone when bad. */
class MemoryLinkTest {
    private static final String BASE = "seq=abracadabra&seed=3&h=8";

    @Test
    void theTaskAndTheExperimentRoundTrip() {
        PageState state = HashCodec.decode(BASE + "&task=count:5&experiment=1,8:100:16:7:2").state;
        assertEquals(TaskChoice.parse("count:5"), state.task);
        assertEquals("1,8:100:16:7:2", state.experiment);
        assertEquals(BASE + "&task=count:5&experiment=1,8:100:16:7:2", HashCodec.encode(state));
        assertEquals(BASE, HashCodec.encode(PageState.DEFAULT.with(b -> b.sequence("abracadabra").seed(3).hiddenSize(8))),
                "older links keep their form");
        assertEquals("1,8:100:16:7", HashCodec.decode(BASE + "&experiment=1,8:100:16:7:1").state.experiment,
                "written as the settings write themselves");
    }

    @Test
    void aBadExperimentIsRefusedWithItsRuleAndTheRestIsKept() {
        for (String bad : List.of("1,62:100:16:7", "1,8:0:16:7", "1,8:100:16:7:0", "1,8:100:16:7:-2", "8,1:100:16:7",
            "x")) {
            HashCodec.Decoded decoded = HashCodec.decode(BASE + "&task=recall:3&experiment=" + bad);
            assertEquals("", decoded.state.experiment, bad);
            assertEquals(List.of("experiment"), decoded.rejected, bad);
            assertEquals(TaskChoice.parse("recall:3"), decoded.state.task, "the rest of the link is kept");
            assertEquals("abracadabra", decoded.state.sequence);
            assertEquals("The link’s experiment (gaps:steps:hidden size:seed:networks, the gaps rising from 0 to 61, "
                    + "1 to 10,000 steps, 1 to 16 networks, e.g. 1,2,4,8,16,32,61:3000:16:7:4) was not usable, so the "
                    + "default is shown.", decoded.problem);
        }
    }

    @Test
    void aBadTaskIsRefusedWithItsRule() {
        HashCodec.Decoded decoded = HashCodec.decode(BASE + "&task=recall:62&experiment=1:10:8:1");
        assertEquals(TaskChoice.FREE_TEXT, decoded.state.task);
        assertEquals("1:10:8:1", decoded.state.experiment);
        assertTrue(decoded.problem.startsWith("The link’s task (text, recall:gap (0 to 61), count:run (2 to 55) or "
                + "noisy:percent (0 to 100)) was not usable"), decoded.problem);
    }
}
