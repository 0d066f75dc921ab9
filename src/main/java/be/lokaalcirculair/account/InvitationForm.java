package be.lokaalcirculair.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator fills in to invite colleagues. Binds only these fields: a request
 * that also sends an organisation or a role sets nothing.
 *
 * @param emails one or more addresses, separated by line breaks, commas, semicolons or
 * spaces; "Name &lt;address&gt;" as mail programs copy them works too
 * @param message an optional personal message, added to the mail
 */
public record InvitationForm(
		@NotBlank(message = "{invitation.emails.required}") @Size(max = 6000,
				message = "{form.too-long}") String emails,
		@Size(max = 1000, message = "{invitation.message.length}") String message) {

	/** The most addresses one can invite at once. */
	public static final int MAX_ADDRESSES = 20;

	private static final Pattern NAMED = Pattern.compile("<([^<>]*)>");

	/** An empty form. */
	public static InvitationForm empty() {
		return new InvitationForm("", "");
	}

	/** The addresses as given, lower case, in their order, duplicates included. */
	public List<String> addresses() {
		List<String> addresses = new ArrayList<>();
		if (this.emails == null) {
			return addresses;
		}
		for (String part : this.emails.split("[,;\\r\\n]+")) {
			Matcher named = NAMED.matcher(part);
			String candidates = named.find() ? named.group(1) : part;
			for (String candidate : candidates.strip().split("\\s+")) {
				if (!candidate.isEmpty()) {
					addresses.add(candidate.toLowerCase(Locale.ROOT));
				}
			}
		}
		return addresses;
	}

	/** The addresses given more than once. */
	public List<String> duplicates() {
		Set<String> seen = new LinkedHashSet<>();
		Set<String> duplicates = new LinkedHashSet<>();
		for (String address : addresses()) {
			if (!seen.add(address)) {
				duplicates.add(address);
			}
		}
		return List.copyOf(duplicates);
	}

	/**
	 * The personal message without surrounding space, or {@code null} when there is none.
	 */
	public String personalMessage() {
		return (this.message == null || this.message.isBlank()) ? null : this.message.strip();
	}

	/**
	 * One address, validated by the same rules as registration.
	 *
	 * @param value the address
	 */
	record Address(@Email @Size(max = 254) String value) {
	}

}
