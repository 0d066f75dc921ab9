package be.lokaalcirculair.network;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A guest's registration for an event.
 *
 * @param name the name on the participant list
 * @param email where the confirmation link goes
 * @param organisation the organisation the guest comes for
 * @param website a honeypot: people leave it empty, robots fill it in
 */
public record GuestForm(
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String name,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.too-long}") String email,
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String organisation,
		String website) {

	public GuestForm {
		email = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

	public static GuestForm empty() {
		return new GuestForm("", "", "", "");
	}

	/** Whether a robot filled in the field people cannot see. */
	boolean isRobot() {
		return this.website != null && !this.website.isBlank();
	}

}
