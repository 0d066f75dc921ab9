package be.lokaalcirculair.network;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;

/**
 * Who the learning network reached: attendance is what counts as reached for the impact
 * figures, not registration.
 */
@Service
public class NetworkReach {

	private final RegistrationRepository registrations;

	private final Organisations organisations;

	NetworkReach(RegistrationRepository registrations, Organisations organisations) {
		this.registrations = registrations;
		this.organisations = organisations;
	}

	/**
	 * The distinct people marked present at an event that began in the period, each once
	 * (a member by account, a guest by address), with their organisation.
	 * @param from the start of the period, inclusive
	 * @param to the end of the period, exclusive
	 * @return in the order they were first registered
	 */
	@Transactional(readOnly = true)
	public List<Reached> attendedBetween(Instant from, Instant to) {
		Map<String, Registration> people = new LinkedHashMap<>();
		for (Registration registration : this.registrations.attended(Attendance.PRESENT, from, to)) {
			people.putIfAbsent(key(registration), registration);
		}
		Map<Long, Organisation> known = this.organisations.organisations(people.values()
			.stream()
			.map(Registration::getOrganisationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		return people.values().stream().map((registration) -> reached(registration, known)).toList();
	}

	private static String key(Registration registration) {
		return (registration.getAccountId() != null) ? "account:" + registration.getAccountId()
				: "guest:" + registration.getEmail().toLowerCase(Locale.ROOT);
	}

	private static Reached reached(Registration registration, Map<Long, Organisation> known) {
		Organisation organisation = (registration.getOrganisationId() != null)
				? known.get(registration.getOrganisationId()) : null;
		if (organisation == null) {
			return new Reached(registration.getDisplayName(), null, registration.getOrganisationName(), null);
		}
		return new Reached(registration.getDisplayName(), organisation.getId(), organisation.getName(),
				organisation.getMunicipalityNis());
	}

	/**
	 * A person reached.
	 *
	 * @param name the name they registered with
	 * @param organisationId their organisation on the platform, or {@code null} (a guest)
	 * @param organisation the organisation's name, or what a guest gave, or {@code null}
	 * @param municipalityNis the NIS code of the organisation's municipality, or
	 * {@code null}
	 */
	public record Reached(String name, Long organisationId, String organisation, String municipalityNis) {
	}

}
