package rnnplayground.browser;

/** The page's two engines: how {@code ?engine=} names each, the file it runs, and a word of its line on the page. */
enum Engine {
    JS("js", "classes.js", "JavaScript"),
    WASM("wasm", "classes.wasm", "WebAssembly");

    final String key;
    final String compiledFile;
    final String shownAs;

    Engine(String key, String compiledFile, String shownAs) {
        this.key = key;
        this.compiledFile = compiledFile;
        this.shownAs = shownAs;
    }

    /** The key, as in {@code ?engine=js} and in the test names ("[js]"). */
    @Override
    public String toString() {
        return key;
    }
}
