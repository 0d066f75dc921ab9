package be.lokaalcirculair.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a request under {@code /api/v1/} as {@code application/problem+json}:
 * those of the controllers (400, 404), and those Spring raises before any controller is
 * chosen (404 for an unknown path, 405 for a wrong method, 406 for an Accept the API
 * cannot serve, 415 for a request body). Runs before Spring's own resolvers, so that the
 * site's HTML error pages never answer an API request. Spring's
 * {@link ResponseEntityExceptionHandler} decides the status, headers and detail.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(ApiExceptionResolver.class);

	private final StandardProblems standard = new StandardProblems();

	private final ProblemWriter writer;

	ApiExceptionResolver(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!ProblemWriter.isApi(request)) {
			return null;
		}
		if (response.isCommitted()) {
			// a streamed export broke off (usually the client went away): nothing more
			// can
			// be said
			logger.info("API response broken off: " + ex.getClass().getSimpleName());
			return new ModelAndView();
		}
		try {
			ResponseEntity<Object> entity = problem(ex, request, response);
			String detail = (entity.getBody() instanceof ProblemDetail problem) ? problem.getDetail() : null;
			this.writer.write(request, response, entity.getStatusCode(), detail, entity.getHeaders());
		}
		catch (java.io.IOException writeFailed) {
			logger.info("API error could not be written: " + writeFailed.getMessage());
		}
		return new ModelAndView();
	}

	private ResponseEntity<Object> problem(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		try {
			ResponseEntity<Object> entity = this.standard.handleException(ex, new ServletWebRequest(request, response));
			if (entity != null) {
				return entity;
			}
		}
		catch (Exception unexpected) {
			logger.error("API request failed", ex);
		}
		return new ResponseEntity<>(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR), new HttpHeaders(),
				HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/** Spring's mapping of its own exceptions to problems, used as a library. */
	private static final class StandardProblems extends ResponseEntityExceptionHandler {

	}

}
