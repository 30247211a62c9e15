package rnnplayground.browser;

class OfflineWasmTest extends OfflineTest {
    @Override
    String engine() {
        return "wasm";
    }
}
