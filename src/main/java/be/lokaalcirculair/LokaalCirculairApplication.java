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

	public static void main(String[] args) {
		SpringApplication.run(LokaalCirculairApplication.class, args);
	}

}
