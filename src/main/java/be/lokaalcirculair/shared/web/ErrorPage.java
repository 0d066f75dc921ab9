package be.lokaalcirculair.shared.web;

/**
 * What an error page says.
 *
 * @param status the HTTP status code
 * @param titleKey message key of the heading
 * @param messageKey message key of the explanation
 */
public record ErrorPage(int status, String titleKey, String messageKey) {

	/** The template that renders every error page. */
	public static final String VIEW = "shared/error";

	static ErrorPage of(int status) {
		String family = switch (status) {
			case 400, 403, 404, 405, 413, 415, 429, 503 -> String.valueOf(status);
			default -> (status >= 500) ? "500" : "400";
		};
		return new ErrorPage(status, "error." + family + ".title", "error." + family + ".message");
	}

}
