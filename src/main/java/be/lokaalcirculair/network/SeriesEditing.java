package be.lokaalcirculair.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.shared.text.Slugs;

/**
 * What editors do with series: create and edit them, link events as sessions and unlink
 * them. An event is a session of at most one series. The URL rule lets only editors and
 * admins here; the methods trust that.
 */
@Service
public class SeriesEditing {

	private final SeriesRepository series;

	private final NetworkEventRepository events;

	private final SeriesManagement management;

	private final TransactionTemplate transactions;

	SeriesEditing(SeriesRepository series, NetworkEventRepository events, SeriesManagement management,
			TransactionTemplate transactions) {
		this.series = series;
		this.events = events;
		this.management = management;
		this.transactions = transactions;
	}

	/** A new series from a validated form. */
	public MasterclassSeries create(SeriesForm form) {
		return this.transactions.execute((tx) -> {
			MasterclassSeries created = new MasterclassSeries(freeSlug(form.title()), false);
			created.apply(form);
			return this.series.save(created);
		});
	}

	/** Changes a series; 404 when there is none. */
	public void update(long id, SeriesForm form) {
		this.transactions
			.executeWithoutResult((tx) -> this.series.findById(id).orElseThrow(EventNotFound::new).apply(form));
	}

	/**
	 * Makes an event a session of the series, and registers the series' followers for it
	 * when it is still open.
	 * @return false when the event is already a session of another series (nothing
	 * changed)
	 * @throws EventNotFound when the series or the event does not exist
	 */
	public boolean link(long seriesId, long eventId) {
		NetworkEvent event = this.events.findById(eventId).orElseThrow(EventNotFound::new);
		Optional<MasterclassSeries> current = this.series.findBySession(eventId);
		if (current.isPresent()) {
			return current.get().getId() == seriesId;
		}
		MasterclassSeries linked = this.transactions.execute((tx) -> {
			MasterclassSeries found = this.series.findById(seriesId).orElseThrow(EventNotFound::new);
			found.link(eventId);
			return this.series.saveAndFlush(found);
		});
		this.management.registerFollowers(linked, event);
		return true;
	}

	/** Takes an event out of the series; registrations stay as they are. */
	public void unlink(long seriesId, long eventId) {
		this.transactions.executeWithoutResult(
				(tx) -> this.series.findById(seriesId).orElseThrow(EventNotFound::new).unlink(eventId));
	}

	/** Events that can still be linked: in no series, not cancelled, latest first. */
	public List<NetworkEvent> linkable() {
		Set<Long> linked = this.series.linkedEventIds();
		return this.events.findAll(PageRequest.of(0, 300, Sort.by(Sort.Direction.DESC, "startsAt", "id")))
			.stream()
			.filter((event) -> !event.isCancelled() && !linked.contains(event.getId()))
			.limit(200)
			.toList();
	}

	private String freeSlug(String title) {
		String base = Slugs.slugify(title);
		String slug = base;
		for (int n = 2; this.series.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
