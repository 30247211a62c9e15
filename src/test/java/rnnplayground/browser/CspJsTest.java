package rnnplayground.browser;

class CspJsTest extends CspTest {
    @Override
    String engine() {
        return "js";
    }
}
