package be.lokaalcirculair.network;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
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
		Page<NetworkEvent> result = this.events.findAll(specification(query(filter)),
				PageRequest.of(page, size, order));
		result.forEach(EventCatalog::load);
		return result;
	}

	/**
	 * A page of the events a query finds, by start (then id), earliest first: the open
	 * data's order, stable from page to page.
	 * @param query what to find
	 * @param page the page number, from 0
	 * @param size the page size
	 */
	public Page<NetworkEvent> find(EventQuery query, int page, int size) {
		Page<NetworkEvent> result = this.events.findAll(specification(query),
				PageRequest.of(page, size, Sort.by("startsAt", "id")));
		result.forEach(EventCatalog::load);
		return result;
	}

	/** When any event last changed, or {@code null} when there is none. */
	public Instant lastUpdate() {
		return this.events.findAll(PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "updatedAt")))
			.stream()
			.findFirst()
			.map(NetworkEvent::getUpdatedAt)
			.orElse(null);
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

	private static EventQuery query(AgendaFilter filter) {
		YearMonth month = filter.month();
		return new EventQuery(filter.past() ? EventQuery.When.PAST : EventQuery.When.UPCOMING, filter.type(),
				filter.track(), filter.theme(), filter.provinceNis(),
				(month != null) ? EventTime.of(month.atDay(1).atStartOfDay()) : null,
				(month != null) ? EventTime.of(month.plusMonths(1).atDay(1).atStartOfDay()) : null);
	}

	private Specification<NetworkEvent> specification(EventQuery filter) {
		Instant now = this.clock.instant();
		Set<String> provinceCodes = (filter.provinceNis() != null)
				? this.organisations.codesInProvince(filter.provinceNis()) : null;
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.when() != EventQuery.When.ALL) {
				predicates.add((filter.when() == EventQuery.When.PAST) ? cb.lessThanOrEqualTo(root.get("endsAt"), now)
						: cb.greaterThan(root.get("endsAt"), now));
			}
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
			if (filter.startsFrom() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("startsAt"), filter.startsFrom()));
			}
			if (filter.startsBefore() != null) {
				predicates.add(cb.lessThan(root.get("startsAt"), filter.startsBefore()));
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
