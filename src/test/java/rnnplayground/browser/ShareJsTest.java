package rnnplayground.browser;

class ShareJsTest extends ShareTest {
    @Override
    String engine() {
        return "js";
    }
}
