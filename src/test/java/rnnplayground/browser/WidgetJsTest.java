package rnnplayground.browser;

class WidgetJsTest extends WidgetTest {
    @Override
    String engine() {
        return "js";
    }
}
