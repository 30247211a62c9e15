package rnnplayground.browser;

class EngineJsTest extends EngineTest {
    @Override
    String engine() {
        return "js";
    }

    @Override
    String compiledFile() {
        return "classes.js";
    }

    @Override
    String otherCompiledFile() {
        return "classes.wasm";
    }
}
