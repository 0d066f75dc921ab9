package be.lokaalcirculair.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI lokaalCirculairApi() {
		return new OpenAPI().info(new Info().title("Lokaal Circulair API")
			.version("v1")
			.description("Open data of Lokaal Circulair: published practice fiches of Flemish local governments, "
					+ "organisations and municipalities (with the 2025 mergers) and the vocabularies. Read-only, "
					+ "JSON; errors as application/problem+json. Municipality reference data: Bron: Statbel "
					+ "(Algemene Directie Statistiek - Statistics Belgium).")
			.license(new License().name("Municipality data: Statbel open data licence")));
	}

}
