package rnnplayground.browser;

class EmbedJsTest extends EmbedTest {
    @Override
    String engine() {
        return "js";
    }
}
