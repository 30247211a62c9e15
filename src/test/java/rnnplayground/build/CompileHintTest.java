package rnnplayground.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompileHintTest {
    @Test
    void theHintIsTheFirstLineOnce() {
        String script = "\"use strict\";\n(function () { })();\n";
        assertEquals("//# allFunctionsCalledOnLoad\n" + script, CompileHint.hinted(script));
        assertEquals(CompileHint.hinted(script), CompileHint.hinted(CompileHint.hinted(script)));
    }
}
