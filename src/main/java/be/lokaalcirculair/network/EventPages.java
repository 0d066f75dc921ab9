package be.lokaalcirculair.network;

import java.time.Instant;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.shared.text.RichText;
import be.lokaalcirculair.shared.text.Slugs;

/** Builds an event's page for whoever looks at it. */
@Component
class EventPages {

	static final String DETAIL = "network/detail";

	private final EventCatalog catalog;

	private final RegistrationManagement registrations;

	private final PracticeCatalog practices;

	private final Organisations organisations;

	EventPages(EventCatalog catalog, RegistrationManagement registrations, PracticeCatalog practices,
			Organisations organisations) {
		this.catalog = catalog;
		this.registrations = registrations;
		this.practices = practices;
		this.organisations = organisations;
	}

	/** The event with this slug; 404 for a malformed or unknown one. */
	NetworkEvent event(String slug) {
		if (!Slugs.isWellFormed(slug)) {
			throw new EventNotFound();
		}
		return this.catalog.event(slug).orElseThrow(EventNotFound::new);
	}

	EventView view(NetworkEvent event, AccountPrincipal person, String problem) {
		Instant now = Instant.now();
		return new EventView(event, place(event.getMunicipalityNis()), RichText.toHtml(event.getProgramme()),
				this.practices.published(event.getPracticeIds()), this.registrations.confirmed(event.getId()),
				this.registrations.waiting(event.getId()), event.isOpenForRegistration(now), event.isPast(now),
				(person != null) ? this.registrations.of(event.getId(), person.id()).orElse(null) : null,
				person != null, problem);
	}

	String place(String nisCode) {
		return (nisCode != null) ? this.organisations.municipality(nisCode).map(Municipality::getName).orElse(null)
				: null;
	}

}
