package rnnplayground.browser;

class EngineWasmTest extends EngineTest {
    @Override
    String engine() {
        return "wasm";
    }

    @Override
    String compiledFile() {
        return "classes.wasm";
    }

    @Override
    String otherCompiledFile() {
        return "classes.js";
    }
}
