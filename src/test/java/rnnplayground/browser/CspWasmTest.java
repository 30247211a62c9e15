package rnnplayground.browser;

class CspWasmTest extends CspTest {
    @Override
    String engine() {
        return "wasm";
    }
}
