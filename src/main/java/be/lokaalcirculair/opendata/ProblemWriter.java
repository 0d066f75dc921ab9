package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes an error of the API as {@code application/problem+json} (RFC 9457): the same
 * shape whether MVC, the rate limit or the CORS check refuses the request, and never a
 * stack trace.
 */
@Component
class ProblemWriter {

	/** Where the API's requests are: errors there are problems, not pages. */
	static final String API_PREFIX = "/api/v1/";

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
	}

	/**
	 * Writes the problem as the whole response.
	 * @param status the status
	 * @param detail what went wrong, for the client's developer (English)
	 * @param headers headers to add (Allow, Retry-After …), or {@code null}
	 */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail,
			HttpHeaders headers) throws IOException {
		response.resetBuffer();
		response.setStatus(status.value());
		if (headers != null) {
			headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		problem.put("status", status.value());
		if (detail != null) {
			problem.put("detail", detail);
		}
		problem.put("instance", request.getRequestURI());
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
