package rnnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A browser test class whose tests all run on each engine in turn, "[js]" then "[wasm]", in the one
 * Chromium of the class. Surefire names the two runs only by number, so a failure's message starts
 * with its engine.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(Engine.class)
@ExtendWith(PerEngineTest.EngineInFailures.class)
abstract class PerEngineTest extends BrowserTest {
    @Parameter
    Engine engine;

    /** Opens the page on this run's engine with {@code hash} and checks that engine is the one running. */
    void open(String hash) {
        browser.open("engine=" + engine, hash);
        assertEquals(engine.key, browser.engine());
    }

    /** Puts "[js] " or "[wasm] " before the message of a test's failure (not of an assumption's). */
    static final class EngineInFailures implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            throw named(context, failure);
        }

        @Override
        public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            throw named(context, failure);
        }

        @Override
        public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            throw named(context, failure);
        }

        private static Throwable named(ExtensionContext context, Throwable failure) {
            if (failure instanceof TestAbortedException) {
                return failure;
            }
            String engine = "[" + ((PerEngineTest) context.getRequiredTestInstance()).engine + "] ";
            Throwable named = failure instanceof AssertionError
                    ? new AssertionFailedError(engine + failure.getMessage(), failure)
                    : new IllegalStateException(engine + failure, failure);
            named.setStackTrace(failure.getStackTrace());
            return named;
        }
    }
}
