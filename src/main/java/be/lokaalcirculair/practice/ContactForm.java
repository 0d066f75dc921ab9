package be.lokaalcirculair.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message to the contact person of a fiche.
 *
 * @param name the sender's name
 * @param email where the contact person can answer
 * @param message the question
 * @param website a honeypot: people leave it empty, robots fill it in
 */
public record ContactForm(
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String name,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.too-long}") String email,
		@NotBlank(message = "{form.required}") @Size(max = 3000, message = "{form.too-long}") String message,
		String website) {

	public ContactForm {
		email = (email != null) ? email.strip() : null;
	}

	public static ContactForm empty() {
		return new ContactForm("", "", "", "");
	}

}
