package be.lokaalcirculair.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person to contact about a fiche. Personal data: shown to members only, never in
 * public responses.
 *
 * @param name full name
 * @param role function
 * @param email e-mail address
 * @param phone telephone number, or {@code null}
 */
@Embeddable
public record Contact(@Column(name = "contact_name") String name, @Column(name = "contact_role") String role,
		@Column(name = "contact_email") String email, @Column(name = "contact_phone") String phone) {
}
