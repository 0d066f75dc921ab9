package be.lokaalcirculair.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that need Chromium and its driver (Debian packages chromium and
 * chromium-driver). Skipped with a clear message when they are missing, except on CI,
 * where they always run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Environment.isCi()) {
				return ConditionEvaluationResult.enabled("CI=true: browser tests always run");
			}
			if (Files.isExecutable(Environment.chromium()) && Files.isExecutable(Environment.chromedriver())) {
				return ConditionEvaluationResult.enabled("Chromium found");
			}
			String message = "SKIPPED: browser tests need " + Environment.chromium() + " and "
					+ Environment.chromedriver()
					+ " (apt-get install chromium chromium-driver); on CI (CI=true) they always run.";
			System.err.println(message);
			return ConditionEvaluationResult.disabled(message);
		}

	}

}
