package be.lokaalcirculair.network;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisations;

/**
 * The public API of the network module for reading events. Every event returned has its
 * collections loaded, so callers may read it outside a transaction.
 */
@Service
@Transactional(readOnly = true)
public class EventCatalog {

	/** The most events the calendar feed holds: those of the last year and to come. */
	static final int FEED_SIZE = 500;

	private final NetworkEventRepository events;

	private final Organisations organisations;

	private final Clock clock = Clock.systemUTC();

	EventCatalog(NetworkEventRepository events, Organisations organisations) {
		this.events = events;
		this.organisations = organisations;
	}

	/**
	 * A page of the agenda: upcoming events soonest first, past events latest first.
	 * @param filter what to show
	 * @param page the page number, from 0
	 * @param size the page size
	 */
	public Page<NetworkEvent> agenda(AgendaFilter filter, int page, int size) {
		Sort order = filter.past() ? Sort.by(Sort.Direction.DESC, "startsAt", "id")
				: Sort.by(Sort.Direction.ASC, "startsAt", "id");
		Page<NetworkEvent> result = this.events.findAll(specification(filter), PageRequest.of(page, size, order));
		result.forEach(EventCatalog::load);
		return result;
	}

	/** The event with this slug. */
	public Optional<NetworkEvent> event(String slug) {
		return this.events.findBySlug(slug).map(EventCatalog::load);
	}

	/** The event with this id. */
	public Optional<NetworkEvent> event(long id) {
		return this.events.findById(id).map(EventCatalog::load);
	}

	/** The events of the calendar feed: from a year ago on, soonest first. */
	public List<NetworkEvent> feed() {
		Instant since = this.clock.instant().minus(java.time.Duration.ofDays(366));
		return this.events
			.findAll((root, query, cb) -> cb.greaterThan(root.get("endsAt"), since),
					PageRequest.of(0, FEED_SIZE, Sort.by("startsAt", "id")))
			.getContent();
	}

	private Specification<NetworkEvent> specification(AgendaFilter filter) {
		Instant now = this.clock.instant();
		Set<String> provinceCodes = (filter.provinceNis() != null)
				? this.organisations.codesInProvince(filter.provinceNis()) : null;
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(filter.past() ? cb.lessThanOrEqualTo(root.get("endsAt"), now)
					: cb.greaterThan(root.get("endsAt"), now));
			if (filter.type() != null) {
				predicates.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.track() != null) {
				predicates.add(cb.equal(root.get("track"), filter.track()));
			}
			if (filter.theme() != null) {
				predicates.add(cb.isMember(filter.theme(), root.get("themes")));
			}
			if (provinceCodes != null) {
				predicates.add(root.get("municipalityNis").in(provinceCodes.isEmpty() ? Set.of("-") : provinceCodes));
			}
			if (filter.month() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("startsAt"),
						EventTime.of(filter.month().atDay(1).atStartOfDay())));
				predicates.add(cb.lessThan(root.get("startsAt"),
						EventTime.of(filter.month().plusMonths(1).atDay(1).atStartOfDay())));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** Loads the lazy collections while the transaction is open. */
	static NetworkEvent load(NetworkEvent event) {
		event.getThemes().size();
		event.getLevers().size();
		event.getPracticeIds().size();
		return event;
	}

}
