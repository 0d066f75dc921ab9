package be.lokaalcirculair;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Lokaal Circulair: a modular monolith with one top-level package per capability.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LokaalCirculairApplication {

	/**
	 * Starts the web application, or runs a command ({@code import}, {@code export})
	 * without the web server and exits with its code.
	 */
	public static void main(String[] args) {
		if (be.lokaalcirculair.opendata.CommandLine.isCommand(args)) {
			System.exit(be.lokaalcirculair.opendata.CommandLine.run(LokaalCirculairApplication.class, args));
		}
		SpringApplication.run(LokaalCirculairApplication.class, args);
	}

}
