package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core computes in doubles only: an operation on two floats rounds to float on the JVM and in
 * WebAssembly but not in TeaVM's JavaScript, where every number is a double, so the engines would
 * part. The compiled classes must hold no float arithmetic instruction.
 */
class DoubleArithmeticTest {
    private static final Path CLASSES = Path.of("target/classes/rnnplayground/core");

    @Test
    void theCoreHasNoFloatArithmetic() throws IOException {
        List<String> classes;
        try (Stream<Path> files = Files.list(CLASSES)) {
            classes = files.map(Path::toString).filter(p -> p.endsWith(".class")).sorted().collect(Collectors.toList());
        }
        assertFalse(classes.isEmpty(), "no compiled core classes under " + CLASSES.toAbsolutePath());
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        List<String> offenders = new ArrayList<>();
        for (String file : classes) {
            StringWriter out = new StringWriter();
            javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", file);
            String method = "";
            for (String line : out.toString().split("\n")) {
                if (!line.startsWith("      ") && line.contains("(")) {
                    method = line.trim();
                } else if (line.matches("\\s+\\d+: (fadd|fsub|fmul|fdiv|frem|fneg)\\b.*")) {
                    offenders.add(Path.of(file).getFileName() + " " + method + " " + line.trim());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
