package be.lokaalcirculair.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import be.lokaalcirculair.shared.cache.LruCache;

/**
 * A short shared cache of the public pages as a visitor without an account sees them
 * (home, the practice search, fiche pages, the agenda and event pages): many visitors
 * asking for the same page within a few seconds get the page rendered once, with an ETag
 * (304 when it did not change). Runs after Spring Security, so that every answer still
 * gets the security headers. Never personal: a request with any cookie but the language
 * cookie, with credentials, or signed in passes by the cache, and a page that sets a
 * cookie, opens a session or holds a CSRF token is never kept. A page changed in the
 * meantime (a fiche published) shows within the time to live.
 */
final class PageCache extends OncePerRequestFilter {

	/** The pages that may be cached: the public ones that every visitor sees alike. */
	private static final Pattern PUBLIC_PAGES = Pattern
		.compile("/|/praktijken|/activiteiten|/praktijken/[a-z0-9-]+|/activiteiten/(?!uitschrijven$)[a-z0-9-]+");

	private static final int MAX_BODY = 1 << 20;

	private static final String CACHE_CONTROL = "no-cache";

	private static final String HTMX = "HX-Request";

	private final LruCache<Key, Page> pages;

	private final LocaleResolver locales;

	PageCache(PageCacheSettings settings, LocaleResolver locales, Clock clock) {
		this.pages = new LruCache<>(settings.pageCacheEntries(), settings.pageCacheTtl(), clock);
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mayUseCache(request)) {
			chain.doFilter(request, response);
			return;
		}
		// htmx asks the same address for a part of the page only
		Key key = new Key(request.getRequestURI(), request.getQueryString(),
				Languages.supported(this.locales.resolveLocale(request)).getLanguage(),
				request.getHeader(HTMX) != null);
		Page page = this.pages.get(key);
		if (page != null) {
			page.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		page = mayKeep(request, rendered) ? Page.of(rendered) : null;
		if (page == null) {
			rendered.copyBodyToResponse();
			return;
		}
		this.pages.put(key, page);
		rendered.resetBuffer();
		page.writeTo(request, response);
	}

	/** Whether the request is a visitor's GET of a public page, with nothing personal. */
	static boolean mayUseCache(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || !PUBLIC_PAGES.matcher(request.getRequestURI()).matches()
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("lang") != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!WebConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
					return false;
				}
			}
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	/** Whether the rendered answer is the same for every visitor: a plain HTML page. */
	private static boolean mayKeep(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		String type = rendered.getContentType();
		return rendered.getStatus() == 200 && type != null && type.startsWith(MediaType.TEXT_HTML_VALUE)
				&& rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& rendered.getHeader(HttpHeaders.CACHE_CONTROL) == null && request.getSession(false) == null
				&& rendered.getContentSize() <= MAX_BODY && !containsCsrfToken(rendered.getContentAsByteArray());
	}

	private static boolean containsCsrfToken(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

	private record Key(String path, String query, String language, boolean htmx) {
	}

	/** A rendered page, with what it needs to be sent again. */
	private record Page(byte[] body, String contentType, String contentLanguage, String etag) {

		static Page of(ContentCachingResponseWrapper rendered) {
			byte[] body = rendered.getContentAsByteArray();
			// weak: Tomcat compresses no answer that carries a strong ETag
			return new Page(body, rendered.getContentType(), rendered.getHeader(HttpHeaders.CONTENT_LANGUAGE),
					"W/\"" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setHeader(HttpHeaders.ETAG, this.etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, "Cookie, HX-Request");
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			if (this.contentLanguage != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, this.contentLanguage);
			}
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		private boolean matches(String ifNoneMatch) {
			if (ifNoneMatch == null) {
				return false;
			}
			String own = this.etag.substring(2);
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(own)) {
					return true;
				}
			}
			return false;
		}

	}

}
