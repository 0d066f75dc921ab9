package be.lokaalcirculair.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new API token as its form sends it.
 *
 * @param name what the editor calls it (e.g. the script that uses it)
 * @param days how many days it stays valid: a whole number from 1 to
 * {@value ApiTokens#MAX_DAYS} (text, so that anything else gets the form's own message)
 */
public record ApiTokenForm(
		@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.too-long}") String name,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "\\s*(36[0-5]|3[0-5]\\d|[12]\\d\\d|[1-9]\\d?)\\s*",
				message = "{apitoken.days.range}") String days) {

	static ApiTokenForm empty() {
		return new ApiTokenForm("", String.valueOf(ApiTokens.DEFAULT_DAYS));
	}

	/** The validity in days, once the form is valid. */
	int validDays() {
		return Integer.parseInt(this.days.strip());
	}

}
