package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.account.ApiTokenPrincipal;
import be.lokaalcirculair.shared.web.Languages;

/**
 * The write API: editors create and change fiches with a personal API token (the API's
 * security chain lets only such a token through, never a session cookie). The body is the
 * fiche in the shape GET gives; it is read as the JSON import reads it and checked as the
 * fiche form checks it. Errors: 400 (no JSON object), 413, 415, 422 (per field, in the
 * language of Accept-Language), 412 and 428 (If-Match), 404.
 */
@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "practices")
@SecurityScheme(name = PracticeWriteApiController.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token of an editor (lc_…), made at /account/api-sleutels")
class PracticeWriteApiController {

	static final String BEARER = "bearer";

	private static final String PROBLEM = "#/components/schemas/" + ApiConventionsDocs.PROBLEM,
			PROBLEM_400 = "The body is not one well-formed JSON object",
			PROBLEM_401 = "No API token, or one that is unknown, expired or revoked (WWW-Authenticate: Bearer)",
			PROBLEM_403 = "The token's account is not an editor", PROBLEM_413 = "The body is larger than 512 KiB",
			PROBLEM_415 = "The body is not application/json",
			PROBLEM_422 = "The fiche is not valid: `errors` lists {field, message} in the language of Accept-Language";

	/** The largest body read: a fiche with every text at its longest fits. */
	static final int MAX_BODY_BYTES = 512 * 1024;

	private final PracticeWrites writes;

	private final JsonMapper json;

	PracticeWriteApiController(PracticeWrites writes, JsonMapper json) {
		this.writes = writes;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createPractice", summary = "Create a published fiche (editors, with an API token)",
			description = "The body is a fiche in the shape GET /api/v1/practices/{id} gives (leadOrganisation as "
					+ "slug, NIS code or {\"slug\": …}; municipalities as NIS codes or names). Checked as the fiche "
					+ "form checks it: 422 with `errors` per field. id, slug, url, dates, provenance, demo and unknown "
					+ "fields are ignored; `validated: true` publishes with the editor's validation badge. "
					+ "201 with Location and ETag.",
			security = @SecurityRequirement(name = BEARER),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = PracticeJson.class))),
			responses = {
					@ApiResponse(responseCode = "201", description = "Created; Location and ETag of the new fiche",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = PracticeJson.class))),
					@ApiResponse(responseCode = "400", description = PROBLEM_400,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "401", description = PROBLEM_401,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "403", description = PROBLEM_403,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "413", description = PROBLEM_413,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "415", description = PROBLEM_415,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "422", description = PROBLEM_422,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))) })
	ResponseEntity<Object> create(@Parameter(hidden = true) @AuthenticationPrincipal ApiTokenPrincipal caller,
			@Parameter(hidden = true) HttpServletRequest request) {
		JsonNode body = body(request);
		PracticeWrites.Outcome outcome = inLanguageOf(request, () -> this.writes.create(caller, body));
		if (!outcome.written()) {
			return invalid(request, outcome);
		}
		PracticeWrites.Representation created = this.writes.current(caller, outcome.id()).orElseThrow();
		return ResponseEntity.created(URI.create(PracticeApiController.baseUrl() + "/api/v1/practices/" + outcome.id()))
			.eTag(created.etag())
			.body(created.fiche());
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "updatePractice", summary = "Change a fiche (editors, with an API token)",
			description = "Replaces the fiche's public fields with the body (the shape GET gives). If-Match must "
					+ "carry the ETag of the fiche as last read (GET, or the answer of a write): 428 without it, "
					+ "412 when the fiche changed since. The lead organisation, moderation state, validation, "
					+ "provenance and demo flag are not changed by the body; nor are the contact person and the "
					+ "testimony's author, which the API does not show. 422 with `errors` per field.",
			security = @SecurityRequirement(name = BEARER),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = PracticeJson.class))),
			parameters = @Parameter(name = HttpHeaders.IF_MATCH,
					in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, required = true,
					description = "the ETag of the fiche as last read", schema = @Schema(type = "string")),
			responses = {
					@ApiResponse(responseCode = "200", description = "Changed; the new ETag",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = PracticeJson.class))),
					@ApiResponse(responseCode = "400", description = PROBLEM_400,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "401", description = PROBLEM_401,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "403", description = PROBLEM_403,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "404", description = "No such fiche",
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "412", description = "The fiche changed since the ETag in If-Match",
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "413", description = PROBLEM_413,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "415", description = PROBLEM_415,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "422", description = PROBLEM_422,
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))),
					@ApiResponse(responseCode = "428", description = "If-Match is missing",
							content = @Content(mediaType = ApiConventionsDocs.PROBLEM_JSON,
									schema = @Schema(ref = PROBLEM))) })
	ResponseEntity<Object> update(@Parameter(hidden = true) @AuthenticationPrincipal ApiTokenPrincipal caller,
			@Parameter(description = "the fiche's id") @PathVariable long id,
			@Parameter(hidden = true) HttpServletRequest request) {
		List<String> etags = ifMatch(request);
		JsonNode body = body(request);
		Optional<PracticeWrites.Outcome> outcome;
		try {
			outcome = inLanguageOf(request, () -> this.writes.update(caller, id, body, etags));
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No fiche " + id);
		}
		if (outcome.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
					"The fiche changed since it was read: GET it again and apply the change to that version.");
		}
		if (!outcome.get().written()) {
			return invalid(request, outcome.get());
		}
		PracticeWrites.Representation changed = this.writes.current(caller, id).orElseThrow();
		return ResponseEntity.ok().eTag(changed.etag()).body(changed.fiche());
	}

	/** The entity tags of If-Match; 428 without any. */
	private static List<String> ifMatch(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.IF_MATCH);
		if (header == null || header.isBlank()) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of the fiche as last read, so that no change is lost.");
		}
		return Arrays.stream(header.split(",")).map(String::strip).toList();
	}

	/** The body as one JSON object: 413 when too large, 400 when not a JSON object. */
	private JsonNode body(HttpServletRequest request) {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body could not be read.");
		}
		if (bytes.length > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		try {
			JsonNode node = this.json.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body must be one fiche: a JSON object.");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not well-formed JSON.");
		}
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
				"The body is larger than " + MAX_BODY_BYTES + " bytes.");
	}

	/**
	 * Runs the write with its messages in the language of Accept-Language when the client
	 * sends one (the API keeps no language cookie), else Dutch.
	 */
	private static <T> T inLanguageOf(HttpServletRequest request, Supplier<T> write) {
		Locale before = LocaleContextHolder.getLocale();
		Locale locale = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null)
				? Languages.supported(request.getLocale()) : Languages.DEFAULT;
		LocaleContextHolder.setLocale(locale);
		try {
			return write.get();
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	/** 422 with the problems per field, named as the body names them. */
	private ResponseEntity<Object> invalid(HttpServletRequest request, PracticeWrites.Outcome outcome) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
		problem.put("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
		problem.put("detail", "The fiche is not valid; nothing was written. See errors per field.");
		problem.put("instance", request.getRequestURI());
		problem.put("errors",
				outcome.issues()
					.stream()
					.map((issue) -> Map.of("field", apiField(issue.field()), "message", issue.message()))
					.toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The body's field an import column stands for. */
	private static String apiField(String column) {
		if (column == null) {
			return "";
		}
		return switch (column) {
			case FicheColumns.LEAD, FicheColumns.LEAD_NAME -> "leadOrganisation";
			case FicheColumns.MUNICIPALITY_NAMES -> "municipalities";
			case FicheColumns.LOCATION -> "location";
			case "testimonyQuote" -> "testimony";
			default -> column;
		};
	}

}
