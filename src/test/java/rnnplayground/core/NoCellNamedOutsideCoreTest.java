package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app and web layers read what a cell declares and never name one: no registered cell's key as a
 * string, no cell class. A cell added to the registry then needs no change outside the core.
 */
class NoCellNamedOutsideCoreTest {
    private static final List<Path> LAYERS = List.of(Path.of("src/main/java/rnnplayground/app"),
            Path.of("src/main/java/rnnplayground/web"));

    @Test
    void theAppAndWebLayersNameNoCell() throws IOException {
        List<String> names = new ArrayList<>();
        for (String key : Cells.keys()) {
            names.add("\"" + key + "\"");
            names.add(Cells.create(key, new Prng(1), 3, Cells.DEFAULT_RECURRENT_SCALE).getClass().getSimpleName());
        }
        List<Path> sources = new ArrayList<>();
        for (Path layer : LAYERS) {
            try (Stream<Path> files = Files.walk(layer)) {
                sources.addAll(files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList()));
            }
        }
        assertFalse(sources.isEmpty(), "no sources found under " + LAYERS);
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            String text = read(source);
            for (String name : names) {
                if (text.contains(name)) {
                    offenders.add(source + " names " + name);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
