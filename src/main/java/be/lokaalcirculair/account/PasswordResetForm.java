package be.lokaalcirculair.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, with the token from the mail.
 *
 * @param token the token from the link
 * @param password at least 12 characters
 * @param passwordRepeat the same again
 */
public record PasswordResetForm(String token, @NotBlank(message = "{form.required}") @Size(min = 12, max = 128,
		message = "{account.password.length}") String password, String passwordRepeat) {

	@AssertTrue(message = "{account.password.repeat}")
	public boolean isPasswordRepeated() {
		return this.password == null || this.password.equals(this.passwordRepeat);
	}

}
