package rnnplayground.browser;

class ExportWasmTest extends ExportTest {
    @Override
    String engine() {
        return "wasm";
    }
}
