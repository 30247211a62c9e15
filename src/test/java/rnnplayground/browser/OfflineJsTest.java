package rnnplayground.browser;

class OfflineJsTest extends OfflineTest {
    @Override
    String engine() {
        return "js";
    }
}
