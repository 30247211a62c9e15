package rnnplayground.browser;

class EmbedWasmTest extends EmbedTest {
    @Override
    String engine() {
        return "wasm";
    }
}
