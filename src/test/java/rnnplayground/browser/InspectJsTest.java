package rnnplayground.browser;

class InspectJsTest extends InspectTest {
    @Override
    String engine() {
        return "js";
    }
}
