package be.lokaalcirculair.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that need a PostgreSQL server (LC_TEST_DB_URL, LC_TEST_DB_USER,
 * LC_TEST_DB_PASSWORD; by default the lc database on localhost). Skipped with a clear
 * message when none answers, except on CI, where they always run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Environment.isCi()) {
				return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests always run");
			}
			String user = System.getenv().getOrDefault("LC_TEST_DB_USER", "lc");
			String password = System.getenv().getOrDefault("LC_TEST_DB_PASSWORD", "lc");
			DriverManager.setLoginTimeout(3);
			try (Connection connection = DriverManager.getConnection(Environment.postgresUrl(), user, password)) {
				return ConditionEvaluationResult.enabled("PostgreSQL answers at " + Environment.postgresUrl());
			}
			catch (SQLException ex) {
				String message = "SKIPPED: no PostgreSQL at " + Environment.postgresUrl() + " (" + ex.getMessage()
						+ "). Start one or set LC_TEST_DB_URL; on CI (CI=true) these tests always run.";
				System.err.println(message);
				return ConditionEvaluationResult.disabled(message);
			}
		}

	}

}
