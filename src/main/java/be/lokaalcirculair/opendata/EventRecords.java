package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.network.EventCatalog;
import be.lokaalcirculair.network.EventQuery;
import be.lokaalcirculair.network.NetworkEvent;
import be.lokaalcirculair.network.RegistrationManagement;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;

/**
 * Reads events with their public facts for the API, the exports and the feed: the place
 * from the organisation module, the free seats from the registrations (a count, nothing
 * of a person) and only those linked fiches that are published.
 */
@Component
class EventRecords {

	/** Events read at a time when every match is wanted. */
	static final int BATCH = 500;

	private final EventCatalog catalog;

	private final RegistrationManagement registrations;

	private final PracticeCatalog practices;

	private final Organisations organisations;

	EventRecords(EventCatalog catalog, RegistrationManagement registrations, PracticeCatalog practices,
			Organisations organisations) {
		this.catalog = catalog;
		this.registrations = registrations;
		this.practices = practices;
		this.organisations = organisations;
	}

	/** One page of what the query finds. */
	Page<EventFacts> page(EventQuery query, int page, int size, String baseUrl) {
		return this.catalog.find(query, page, size).map((event) -> facts(event, baseUrl));
	}

	/** Everything the query finds, by start, a batch at a time. */
	List<EventFacts> all(EventQuery query, String baseUrl) {
		List<EventFacts> all = new ArrayList<>();
		each(query, baseUrl, all::add);
		return all;
	}

	/** Hands every event the query finds to the consumer, by start. */
	void each(EventQuery query, String baseUrl, Consumer<EventFacts> consumer) {
		Page<NetworkEvent> found;
		int page = 0;
		do {
			found = this.catalog.find(query, page++, BATCH);
			found.forEach((event) -> consumer.accept(facts(event, baseUrl)));
		}
		while (found.hasNext());
	}

	/** The event with this id, else the one with this slug (a slug may be a number). */
	Optional<EventFacts> one(String idOrSlug, String baseUrl) {
		Optional<NetworkEvent> event = idOrSlug.matches("\\d{1,18}") ? this.catalog.event(Long.parseLong(idOrSlug))
				: Optional.empty();
		return event.or(() -> this.catalog.event(idOrSlug)).map((found) -> facts(found, baseUrl));
	}

	EventFacts facts(NetworkEvent event, String baseUrl) {
		long confirmed = this.registrations.confirmed(event.getId());
		List<Long> published = event.getPracticeIds().isEmpty() ? List.of()
				: this.practices.published(event.getPracticeIds()).stream().map(Practice::getId).toList();
		return new EventFacts(event,
				(event.getMunicipalityNis() != null)
						? this.organisations.municipality(event.getMunicipalityNis()).orElse(null) : null,
				Math.max(0, event.getCapacity() - confirmed), published, baseUrl);
	}

}
