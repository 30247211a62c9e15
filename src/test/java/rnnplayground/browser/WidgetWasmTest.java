package rnnplayground.browser;

class WidgetWasmTest extends WidgetTest {
    @Override
    String engine() {
        return "wasm";
    }
}
