package be.lokaalcirculair.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error (404, 403, 400, 500 …) as a page of the site in the user's
 * language, without any technical detail.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final UiAdvice ui;

	ErrorPages(UiAdvice ui) {
		this.ui = ui;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return new ModelAndView(ErrorPage.VIEW,
				Map.of("ui", this.ui.create(request), "error", ErrorPage.of(status.value())), status);
	}

}
