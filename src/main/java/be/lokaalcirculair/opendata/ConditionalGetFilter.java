package be.lokaalcirculair.opendata;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GETs for the JSON of the API: the response is held back, its weak entity
 * tag is computed from its bytes, and a client that sends that tag in If-None-Match gets
 * 304 without a body; one that sends If-Modified-Since (and no If-None-Match) gets 304
 * when the resource's Last-Modified, set by the controller, is not later. Responses may
 * be stored but must be revalidated ({@code Cache-Control: no-cache}). Exports are not
 * held back: they answer conditional requests themselves before they stream.
 */
class ConditionalGetFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "no-cache";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		if (ExportFormat.isExport(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, held);
		if (held.getStatus() == HttpServletResponse.SC_OK && held.getContentSize() > 0) {
			String tag = Exports.tag(new String(held.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
			if (new ServletWebRequest(request, held).checkNotModified(tag, lastModified(held))) {
				held.resetBuffer();
				return;
			}
		}
		held.copyBodyToResponse();
	}

	/** The Last-Modified the controller set, or -1. */
	private static long lastModified(HttpServletResponse response) {
		String header = response.getHeader(HttpHeaders.LAST_MODIFIED);
		if (header == null) {
			return -1;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LAST_MODIFIED, header);
		return headers.getLastModified();
	}

}
