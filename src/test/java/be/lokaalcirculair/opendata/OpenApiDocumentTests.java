package be.lokaalcirculair.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import be.lokaalcirculair.search.Facet;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document, read by a real parser (swagger-parser): valid, and complete for
 * every endpoint of the API: its parameters, its responses (with 304, 400, 404, 429) and
 * their schemas.
 */
@PlatformTest
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	OpenAPI api;

	SwaggerParseResult result;

	@BeforeEach
	void parse() throws Exception {
		String json = new String(
				this.mvc.perform(get("/api/openapi.json")).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setValidateInternalRefs(true);
		// references (to shared responses and headers) resolved in place, to check them
		options.setResolveFully(true);
		this.result = new OpenAPIV3Parser().readContents(json, null, options);
		this.api = this.result.getOpenAPI();
	}

	@Test
	void theParserFindsNoErrorOrWarning() {
		assertThat(this.result.getMessages()).as("messages of the parser").isEmpty();
		assertThat(this.api).isNotNull();
		assertThat(this.api.getInfo().getTitle()).isEqualTo("Lokaal Circulair API");
	}

	@Test
	void everyEndpointOfTheApiIsDescribed() {
		List<String> missing = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/") && (info.getMethodsCondition().getMethods().isEmpty()
						|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))) {
					PathItem item = this.api.getPaths().get(pattern);
					if (item == null || item.getGet() == null) {
						missing.add(pattern);
					}
				}
			}
		}
		assertThat(missing).as("endpoints without a description").isEmpty();
	}

	@Test
	void everyOperationHasItsResponsesParametersAndSchemas() {
		List<String> faults = new ArrayList<>();
		this.api.getPaths().forEach((path, item) -> {
			Operation get = item.getGet();
			if (get == null || !path.startsWith("/api/v1/")) {
				return;
			}
			List<String> expected = new ArrayList<>(List.of("200", "304", "406", "429"));
			if (path.contains("{") || (get.getParameters() != null && !get.getParameters().isEmpty())) {
				expected.add("400");
			}
			if (path.contains("{")) {
				expected.add("404");
			}
			for (String code : expected) {
				if (get.getResponses().get(code) == null) {
					faults.add(path + " lacks " + code);
				}
			}
			get.getResponses().forEach((code, response) -> {
				if (!"304".equals(code) && (response.getContent() == null || response.getContent().isEmpty()
						|| response.getContent().values().stream().anyMatch((media) -> media.getSchema() == null))) {
					faults.add(path + " " + code + " has no schema");
				}
			});
			if (get.getResponses().get("200").getHeaders() == null
					|| !get.getResponses().get("200").getHeaders().containsKey("ETag")) {
				faults.add(path + " does not document its ETag");
			}
			if (get.getParameters() != null) {
				get.getParameters()
					.stream()
					.filter((parameter) -> parameter.getDescription() == null || parameter.getSchema() == null)
					.forEach((parameter) -> faults.add(path + " " + parameter.getName() + " undocumented"));
			}
		});
		assertThat(faults).isEmpty();
	}

	@Test
	void theSearchAndItsExportsDocumentEveryFacetWithItsValues() {
		for (String path : List.of("/api/v1/practices", "/api/v1/practices.csv", "/api/v1/practices.xlsx")) {
			Map<String, Parameter> parameters = new java.util.HashMap<>();
			this.api.getPaths().get(path).getGet().getParameters().forEach((p) -> parameters.put(p.getName(), p));
			for (Facet facet : Facet.values()) {
				assertThat(parameters).as(path).containsKey(facet.apiParameter());
			}
			assertThat(parameters).containsKeys("q", "sort", "near", "radiusKm");
			assertThat(parameters.get("theme").getSchema().getItems().getEnum()).contains("textiel", "voeding");
			assertThat(parameters.containsKey("page")).isEqualTo(path.equals("/api/v1/practices"));
		}
		assertThat(this.api.getPaths().get("/api/v1/practices.csv").getGet().getDescription())
			.contains("`municipalities`", "`themes`", "RFC 4180");
		assertThat(this.api.getPaths().get("/api/v1/practices.xlsx").getGet().getResponses().get("200").getContent())
			.containsKey(ExportFormat.XLSX_TYPE);
	}

}
