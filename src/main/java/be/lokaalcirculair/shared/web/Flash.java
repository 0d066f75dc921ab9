package be.lokaalcirculair.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown after a redirect ("Opgeslagen."): every successful POST sets one. */
public final class Flash {

	static final String ATTRIBUTE = "flash";

	private Flash() {
	}

	/** Shows the message with this key on the next page. */
	public static void message(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute(ATTRIBUTE, messageKey);
	}

}
