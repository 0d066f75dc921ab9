package be.lokaalcirculair.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;

/**
 * A participant on the lists at the door.
 *
 * @param registration the registration
 * @param organisation the member's organisation or what a guest gave, or {@code null}
 */
public record Attendee(Registration registration, String organisation) {

	/** The participants with their organisations, looked up at once. */
	static List<Attendee> of(List<Registration> registrations, Organisations organisations) {
		Map<Long, Organisation> known = organisations.organisations(registrations.stream()
			.map(Registration::getOrganisationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		return registrations.stream().map((registration) -> {
			Organisation organisation = (registration.getOrganisationId() != null)
					? known.get(registration.getOrganisationId()) : null;
			return new Attendee(registration,
					(organisation != null) ? organisation.getName() : registration.getOrganisationName());
		}).toList();
	}

}
