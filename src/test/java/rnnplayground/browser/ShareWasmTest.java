package rnnplayground.browser;

class ShareWasmTest extends ShareTest {
    @Override
    String engine() {
        return "wasm";
    }
}
