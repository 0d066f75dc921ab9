package be.lokaalcirculair.account;

import java.util.List;

import be.lokaalcirculair.shared.web.FormErrors;

/**
 * What the page of a person's API tokens shows.
 *
 * @param tokens the person's tokens, newest first
 * @param form the form for a new token, empty or as submitted
 * @param errors what is wrong with the submitted form
 * @param newToken the token just made, in plain text (shown this once), or {@code null}
 */
public record ApiTokensView(List<ApiToken> tokens, ApiTokenForm form, FormErrors errors, String newToken) {

	/** The address of the page. */
	public static final String PATH = "/account/api-sleutels";

	/** The longest validity in days. */
	public int maxDays() {
		return ApiTokens.MAX_DAYS;
	}

}
