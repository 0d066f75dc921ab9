package be.lokaalcirculair.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.shared.DemoSettings;
import be.lokaalcirculair.shared.security.SignedIn;

/**
 * Gives every page (error pages included) its {@link Ui}.
 */
@ControllerAdvice
class UiAdvice {

	/** The flash attribute holding the message key of what the previous request did. */
	static final String FLASH = Flash.ATTRIBUTE;

	private final MessageSource messages;

	private final Assets assets;

	private final DemoSettings demo;

	private final String baseUrl;

	UiAdvice(MessageSource messages, Assets assets, DemoSettings demo,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
				query, this.demo.enabled(), session(request), this.baseUrl);
	}

	private static Ui.Session session(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		SignedIn signedIn = (authentication != null && authentication.getPrincipal() instanceof SignedIn person)
				? person : null;
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Map<String, ?> flashes = RequestContextUtils.getInputFlashMap(request);
		Object flash = (flashes != null) ? flashes.get(FLASH) : null;
		return new Ui.Session(signedIn, csrf, (flash instanceof String key) ? key : null);
	}

}
