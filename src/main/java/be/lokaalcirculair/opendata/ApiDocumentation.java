package be.lokaalcirculair.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole; the conventions every
 * operation shares and the parameters and columns that code defines are added by
 * {@link ApiConventionsDocs} and {@link ApiParameterDocs}, so that the document follows
 * the code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String DESCRIPTION = """
			Open data of Lokaal Circulair: published practice fiches of Flemish local governments, \
			organisations and municipalities (with the 2025 mergers), the events of the learning network and the \
			vocabularies, as JSON, CSV and XLSX. \
			Read-only; no personal data.

			Conventions: every response carries a weak ETag (and a fiche or an event its Last-Modified); send it back in \
			If-None-Match (or If-Modified-Since) to get 304 Not Modified. CORS is open to any origin for GET and \
			HEAD, without credentials. Errors are application/problem+json (RFC 9457): 400 for an unknown \
			parameter or value, 404, 405 for another method than GET or HEAD, 406 when Accept excludes what the \
			endpoint gives, 415 for a request with a body. Requests are limited per client address: by default \
			100 at once, refilled at 300 a minute, an export counting as 10; beyond that 429 with Retry-After \
			(seconds). The columns of the exports are described at /open-data.

			Write API (editors): POST /api/v1/practices and PUT /api/v1/practices/{id} with a personal API token \
			(Authorization: Bearer lc_…, made at /account/api-sleutels); the body is a fiche in the shape GET gives; \
			PUT needs If-Match (428 without, 412 when stale); 422 lists the errors per field.

			Municipality reference data: Bron: Statbel (Algemene Directie Statistiek - Statistics Belgium).""";

	@Bean
	OpenAPI lokaalCirculairApi() {
		return new OpenAPI().info(new Info().title("Lokaal Circulair API")
			.version("v1")
			.description(DESCRIPTION)
			.license(new License().name("Municipality data: Statbel open data licence")
				.url("https://statbel.fgov.be/en/about-statbel/terms-use")));
	}

	/** The parameters first: which problems an operation can answer depends on them. */
	@Bean
	OpenApiCustomizer apiConventions(MessageSource messages) {
		ApiParameterDocs parameters = new ApiParameterDocs(messages);
		ApiConventionsDocs conventions = new ApiConventionsDocs();
		return (api) -> {
			parameters.customise(api);
			conventions.customise(api);
		};
	}

}
