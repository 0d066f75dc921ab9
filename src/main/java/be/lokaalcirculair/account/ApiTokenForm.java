package be.lokaalcirculair.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new API token as its form sends it.
 *
 * @param name what the editor calls it (e.g. the script that uses it)
 * @param days how many days it stays valid
 */
public record ApiTokenForm(
		@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.too-long}") String name,
		@NotNull(message = "{form.required}") @Min(value = 1, message = "{apitoken.days.range}") @Max(
				value = ApiTokens.MAX_DAYS, message = "{apitoken.days.range}") Integer days) {

	static ApiTokenForm empty() {
		return new ApiTokenForm("", ApiTokens.DEFAULT_DAYS);
	}

}
