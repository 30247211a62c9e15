package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core runs and is tested on the JVM: it may not depend on TeaVM or its JSO bindings. */
class CorePurityTest {
    private static final Path CORE = Path.of("src/main/java/rnnplayground/core");

    @Test
    void coreImportsNoTeavmClass() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(CORE)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertFalse(sources.isEmpty(), "no core sources found under " + CORE.toAbsolutePath());
        List<String> offenders = sources.stream()
                .filter(p -> read(p).contains("org.teavm"))
                .map(Path::toString)
                .collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
