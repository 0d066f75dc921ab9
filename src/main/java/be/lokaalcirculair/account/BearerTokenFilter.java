package be.lokaalcirculair.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs in an API request that carries {@code Authorization: Bearer <token>} with a
 * personal API token ({@link ApiTokens}), for this request only. A token that is unknown,
 * expired or revoked gets 401 at once, as a problem with {@code WWW-Authenticate: Bearer}
 * (RFC 6750); the token itself is never logged or echoed. Also writes the API chain's
 * refusals (401 without a token where one is needed, 403 for a caller without the rights)
 * as problems, like every other error of the API.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokenPrincipal> caller = this.tokens.authenticate(header.substring(SCHEME.length()).strip());
		if (caller.isEmpty()) {
			unauthorized(request, response, "invalid_token",
					"The API token is unknown, expired or revoked. Make a new one at /account/api-sleutels.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, caller.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** 401 for a request that needs a token and has none. */
	static AuthenticationEntryPoint entryPoint() {
		return (request, response, exception) -> unauthorized(request, response, null,
				"This request needs a personal API token of an editor: Authorization: Bearer <token>.");
	}

	/** 403 for a caller whose account may not do this. */
	static AccessDeniedHandler accessDenied() {
		return (request, response, exception) -> problem(request, response, HttpStatus.FORBIDDEN,
				"The account of this API token may not do this: only editors write fiches.");
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String error,
			String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				(error != null) ? "Bearer realm=\"api\", error=\"" + error + "\"" : "Bearer realm=\"api\"");
		problem(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
