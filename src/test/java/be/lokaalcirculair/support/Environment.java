package be.lokaalcirculair.support;

import java.nio.file.Path;

/**
 * Facts about where the tests run. On CI ({@code CI=true}) every service the tests need
 * must be there: a test is never skipped there, it fails.
 */
public final class Environment {

	private Environment() {
	}

	/** Whether the tests run on CI, where nothing may be skipped. */
	public static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** The PostgreSQL database the tests use. */
	public static String postgresUrl() {
		return System.getenv().getOrDefault("LC_TEST_DB_URL", "jdbc:postgresql://localhost:5432/lc");
	}

	/** Where the browser is. */
	public static Path chromium() {
		return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
	}

	/** Where the browser's driver is. */
	public static Path chromedriver() {
		return Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

}
