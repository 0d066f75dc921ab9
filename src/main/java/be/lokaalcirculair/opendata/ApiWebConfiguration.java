package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The conventions every public GET of the API shares, as filters in front of Spring
 * Security: CORS for any origin (GET and HEAD, no credentials), then the rate limit per
 * client address, then conditional GETs with entity tags. A GET that carries a body gets
 * 415: the API reads none.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	static final String API_PATTERN = "/api/v1/*", OPENAPI_PATH = "/api/openapi.json";

	/** Headers a script on another origin may read. */
	static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.RETRY_AFTER,
			HttpHeaders.CONTENT_DISPOSITION);

	@Bean
	FilterRegistrationBean<CorsFilter> apiCorsFilter(ProblemWriter problems) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin(CorsConfiguration.ALL);
		cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		cors.addAllowedHeader(CorsConfiguration.ALL);
		cors.setExposedHeaders(EXPOSED);
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/v1/**", cors);
		source.registerCorsConfiguration(OPENAPI_PATH, cors);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor(problems));
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(API_PATTERN, OPENAPI_PATH);
		registration.setOrder(-300);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiSettings settings, ProblemWriter problems) {
		FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiRateLimitFilter(settings.rateLimit(), Clock.systemUTC(), problems));
		registration.addUrlPatterns(API_PATTERN);
		registration.setOrder(-250);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConditionalGetFilter> apiConditionalGetFilter() {
		FilterRegistrationBean<ConditionalGetFilter> registration = new FilterRegistrationBean<>(
				new ConditionalGetFilter());
		registration.addUrlPatterns(API_PATTERN);
		registration.setOrder(-200);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new NoRequestBody()).addPathPatterns("/api/v1/**");
	}

	/** Refuses a request body: the read API has no use for one. */
	static final class NoRequestBody implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws HttpMediaTypeNotSupportedException {
			// write API: reads its own body
			if (handler instanceof org.springframework.web.method.HandlerMethod method
					&& method.getBeanType() == PracticeWriteApiController.class) {
				return true;
			}
			boolean body = request.getContentLengthLong() > 0
					|| request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
			if (body) {
				String type = request.getContentType();
				throw new HttpMediaTypeNotSupportedException(
						(type != null) ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM, List.of(),
						HttpMethod.valueOf(request.getMethod()));
			}
			return true;
		}

	}

	/**
	 * Refuses a cross-origin request it does not allow with a problem, not plain text.
	 */
	static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		private final ProblemWriter problems;

		ProblemCorsProcessor(ProblemWriter problems) {
			this.problems = problems;
		}

		@Override
		public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			boolean allowed = super.processRequest(config, request, response);
			if (!allowed) {
				this.problems.write(request, response, HttpStatus.FORBIDDEN,
						"This cross-origin request is not allowed: the API allows GET and HEAD from any origin, "
								+ "without credentials.",
						null);
			}
			return allowed;
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) {
			// processRequest writes the refusal as a problem
		}

	}

}
