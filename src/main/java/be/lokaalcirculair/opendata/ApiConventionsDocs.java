package be.lokaalcirculair.opendata;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to every operation of the API what the filters and the error handling do for all
 * of them: the entity tag and caching headers of a success, 304, and the problems 400,
 * 404 (where a path names a resource), 406 and 429.
 */
class ApiConventionsDocs implements OpenApiCustomizer {

	static final String PROBLEM = "Problem", PROBLEM_JSON = "application/problem+json";

	private static final String HEADERS = "#/components/headers/", RESPONSES = "#/components/responses/";

	@Override
	public void customise(OpenAPI api) {
		Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
		api.setComponents(components);
		components.addSchemas(PROBLEM, problemSchema());
		components.addHeaders("ETag", header("Weak entity tag of this representation; send it in If-None-Match"));
		components.addHeaders("Last-Modified", header("When the resource itself last changed"));
		components.addHeaders("Cache-Control", header("no-cache: may be stored, but revalidate (with the ETag)"));
		components.addHeaders("Retry-After", new Header().description("Seconds to wait before trying again")
			.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
		components.addResponses("NotModified", new ApiResponse()
			.description("Not Modified: the representation the client holds (by If-None-Match or If-Modified-Since) "
					+ "is current")
			.addHeaderObject("ETag", ref(HEADERS + "ETag")));
		components.addResponses("BadRequest",
				problem("An unknown parameter, a value that is not known or out of range"));
		components.addResponses("NotFound", problem("No such (published) resource"));
		components.addResponses("NotAcceptable", problem("The Accept header excludes what the endpoint gives"));
		components.addResponses("TooManyRequests", problem("Too many requests from this client address")
			.addHeaderObject("Retry-After", ref(HEADERS + "Retry-After")));
		if (api.getPaths() != null) {
			api.getPaths().forEach(this::document);
		}
	}

	private void document(String path, PathItem item) {
		Operation get = item.getGet();
		if (get == null || !path.startsWith("/api/v1/")) {
			return;
		}
		ApiResponses responses = (get.getResponses() != null) ? get.getResponses() : new ApiResponses();
		get.setResponses(responses);
		ApiResponse ok = responses.computeIfAbsent("200", (code) -> new ApiResponse().description("OK"));
		ok.addHeaderObject("ETag", ref(HEADERS + "ETag"));
		ok.addHeaderObject("Cache-Control", ref(HEADERS + "Cache-Control"));
		if ("getPractice".equals(get.getOperationId()) || "getEvent".equals(get.getOperationId())) {
			ok.addHeaderObject("Last-Modified", ref(HEADERS + "Last-Modified"));
		}
		responses.addApiResponse("304", new ApiResponse().$ref(RESPONSES + "NotModified"));
		boolean parameters = get.getParameters() != null && !get.getParameters().isEmpty();
		if (parameters || path.contains("{")) {
			responses.addApiResponse("400", new ApiResponse().$ref(RESPONSES + "BadRequest"));
		}
		if (path.contains("{")) {
			responses.addApiResponse("404", new ApiResponse().$ref(RESPONSES + "NotFound"));
		}
		responses.addApiResponse("406", new ApiResponse().$ref(RESPONSES + "NotAcceptable"));
		responses.addApiResponse("429", new ApiResponse().$ref(RESPONSES + "TooManyRequests"));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("A problem (RFC 9457)")
			.properties(Map.of("type", new StringSchema().description("always about:blank"), "title",
					new StringSchema().description("the status's phrase"), "status", new IntegerSchema(), "detail",
					new StringSchema().description("what was wrong, in English"), "instance",
					new StringSchema().description("the path asked for")))
			.required(List.of("type", "title", "status"));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new StringSchema());
	}

	private static Header ref(String reference) {
		return new Header().$ref(reference);
	}

}
