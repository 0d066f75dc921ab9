package be.lokaalcirculair.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an invited person without an account fills in. The e-mail address is not part of
 * it: it is the invitation's, fixed, and proven by the link.
 *
 * @param token the token from the invitation's link
 * @param displayName the name to show
 * @param password at least 12 characters
 * @param passwordRepeat the same again
 */
public record InvitationRegistrationForm(String token,
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String displayName,
		@NotBlank(message = "{form.required}") @Size(min = 12, max = 128,
				message = "{account.password.length}") String password,
		String passwordRepeat) {

	/** An empty form for this invitation. */
	public static InvitationRegistrationForm empty(String token) {
		return new InvitationRegistrationForm(token, "", "", "");
	}

	@AssertTrue(message = "{account.password.repeat}")
	public boolean isPasswordRepeated() {
		return this.password == null || this.password.equals(this.passwordRepeat);
	}

	/** The form as it is shown again: never with the passwords. */
	public InvitationRegistrationForm withoutPasswords() {
		return new InvitationRegistrationForm(this.token, this.displayName, "", "");
	}

}
