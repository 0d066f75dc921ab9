package be.lokaalcirculair.opendata;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform's commands: {@code import FILE [--dry-run] [--mapping=FILE]} and
 * {@code export FILE.csv|.xlsx|.json}. They start the application without its web server,
 * on the same database and settings, do their work, print a report and end with an exit
 * code: 0 done, 1 refused (the report says why), 2 wrong use.
 */
public final class CommandLine {

	/** The exit codes. */
	public static final int DONE = 0, REFUSED = 1, USAGE = 2;

	private CommandLine() {
	}

	/** Whether the arguments ask for a command rather than the web application. */
	public static boolean isCommand(String... args) {
		return args.length > 0 && (args[0].equals("import") || args[0].equals("export"));
	}

	/**
	 * Runs a command in an application context without a web server.
	 * @param application the application class
	 * @param args the command and its arguments (Spring's {@code --name=value} settings
	 * may follow)
	 * @return the exit code
	 */
	public static int run(Class<?> application, String... args) {
		SpringApplication app = new SpringApplication(application);
		app.setDefaultProperties(
				Map.of("server.port", "-1", "spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
						"logging.level.root", "WARN", "logging.level.be.lokaalcirculair", "WARN"));
		try (ConfigurableApplicationContext context = app.run(args)) {
			return context.getBean(ImportCommands.class).run(args, System.out);
		}
	}

}
