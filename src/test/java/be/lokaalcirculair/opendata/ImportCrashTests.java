package be.lokaalcirculair.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY.md D1: an import killed with SIGKILL halfway leaves none of its fiches; run
 * again, it leaves every one. The import runs as the real command line does, in a process
 * of its own (the application without its web server) on an H2 file database.
 */
class ImportCrashTests {

	static final int ROWS = 8_000;

	@TempDir
	Path directory;

	@Test
	void anImportKilledHalfwayLeavesNoneAndRunAgainLeavesAll() throws Exception {
		Path data = this.directory.resolve("data");
		Path file = this.directory.resolve("groot.csv");
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= ROWS; i++) {
			rows.add(ImportFixtures.fiche(i, "qwzcrash", "mechelen"));
		}
		Files.writeString(file, ImportFixtures.csv(rows));

		Process killed = start(data, file);
		String seen = readUntil(killed, "fiches ingelezen");
		assertThat(seen).as("the import had started writing").contains("fiches ingelezen");
		killed.destroyForcibly();
		assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(imported(data)).as("fiches after the kill").isZero();

		Process again = start(data, file);
		String output = readUntil(again, null);
		assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(again.exitValue()).as(output).isZero();
		assertThat(output).contains("8.000 fiches zijn ingelezen en gepubliceerd in ");
		assertThat(imported(data)).as("fiches after the second run").isEqualTo(ROWS);
	}

	/** The command line import in a JVM of its own, on the test's class path. */
	private Process start(Path data, Path file) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), "be.lokaalcirculair.LokaalCirculairApplication",
				"import", file.toString(), "--lc.data-dir=" + data, "--lc.demo.enabled=false");
		builder.redirectErrorStream(true);
		return builder.start();
	}

	/** The process's output up to the first line holding the text (or to its end). */
	private static String readUntil(Process process, String text) throws IOException {
		StringBuilder output = new StringBuilder();
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			output.append(line).append('\n');
			if (text != null && line.contains(text)) {
				break;
			}
		}
		return output.toString();
	}

	private static int imported(Path data) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("lokaalcirculair"),
				"sa", "");
				ResultSet count = connection.createStatement()
					.executeQuery("select count(*) from practice where title like '%qwzcrash%'")) {
			count.next();
			return count.getInt(1);
		}
	}

}
