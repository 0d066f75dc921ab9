package be.lokaalcirculair.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.shared.DemoSettings;

/**
 * Gives every page (error pages included) its {@link Ui}.
 */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;

	private final Assets assets;

	private final DemoSettings demo;

	UiAdvice(MessageSource messages, Assets assets, DemoSettings demo) {
		this.messages = messages;
		this.assets = assets;
		this.demo = demo;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return create(request);
	}

	Ui create(HttpServletRequest request) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorPath instanceof String original) ? original : request.getRequestURI();
		String query = (errorPath != null) ? null : request.getQueryString();
		return new Ui(Languages.supported(RequestContextUtils.getLocale(request)), this.messages, this.assets, path,
				query, this.demo.enabled());
	}

}
