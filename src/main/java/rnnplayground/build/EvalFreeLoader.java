package rnnplayground.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: puts TeaVM's WebAssembly GC loader inside the template {@code src/main/js/eval-free-loader.js},
 * where {@code Function} is a stand-in that compiles no JavaScript from text, so that the page needs
 * no 'unsafe-eval' in its Content Security Policy. The loader is rewritten in place.
 *
 * <p>Usage: EvalFreeLoader TEMPLATE LOADER (e.g. target/site/classes.wasm-runtime.js).
 */
public final class EvalFreeLoader {
    static final String MARKER = "/* @TEAVM_LOADER@ */";

    private EvalFreeLoader() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EvalFreeLoader TEMPLATE LOADER");
        }
        Path loader = Path.of(args[1]);
        String wrapped = wrap(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8),
                Files.readString(loader, StandardCharsets.UTF_8));
        Files.writeString(loader, wrapped, StandardCharsets.UTF_8);
    }

    /** The template with {@code loader} in place of its marker; a loader wrapped already stays as it is. */
    static String wrap(String template, String loader) {
        int marker = template.indexOf(MARKER);
        if (marker < 0 || template.indexOf(MARKER, marker + 1) >= 0) {
            throw new IllegalArgumentException("the template must hold " + MARKER + " exactly once");
        }
        String prefix = template.substring(0, marker);
        if (loader.startsWith(prefix)) {
            return loader;
        }
        return prefix + loader.strip() + template.substring(marker + MARKER.length());
    }
}
