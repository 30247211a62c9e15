package rnnplayground.browser;

class ExportJsTest extends ExportTest {
    @Override
    String engine() {
        return "js";
    }
}
