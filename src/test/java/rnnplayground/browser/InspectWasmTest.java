package rnnplayground.browser;

class InspectWasmTest extends InspectTest {
    @Override
    String engine() {
        return "wasm";
    }
}
