package be.lokaalcirculair.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a new user fills in to register. Binds only these fields: a request that also
 * sends a role or an organisation sets nothing.
 *
 * @param displayName the name to show
 * @param email the e-mail address, to be verified
 * @param password at least 12 characters
 * @param passwordRepeat the same again
 * @param website a honeypot: people leave it empty, robots fill it in
 */
public record RegistrationForm(
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String displayName,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.too-long}") String email,
		@NotBlank(message = "{form.required}") @Size(min = 12, max = 128,
				message = "{account.password.length}") String password,
		String passwordRepeat, String website) {

	public RegistrationForm {
		email = (email != null) ? email.strip() : null;
	}

	/** An empty form. */
	public static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "");
	}

	@AssertTrue(message = "{account.password.repeat}")
	public boolean isPasswordRepeated() {
		return this.password == null || this.password.equals(this.passwordRepeat);
	}

	/** The form as it is shown again: never with the passwords. */
	public RegistrationForm withoutPasswords() {
		return new RegistrationForm(this.displayName, this.email, "", "", "");
	}

}
