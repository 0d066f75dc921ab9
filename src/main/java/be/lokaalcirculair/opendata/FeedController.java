package be.lokaalcirculair.opendata;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.network.EventCatalog;
import be.lokaalcirculair.network.EventQuery;
import be.lokaalcirculair.network.EventTime;
import be.lokaalcirculair.network.NetworkEvent;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;
import be.lokaalcirculair.shared.web.Languages;

/**
 * Atom feeds (RFC 4287) of what is new: the most recently published fiches, and the
 * events to come.
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = AtomFeeds.ATOM;

	private final PracticeCatalog catalog;

	private final EventCatalog events;

	private final Organisations organisations;

	private final AtomFeeds feeds;

	FeedController(PracticeCatalog catalog, EventCatalog events, Organisations organisations, AtomFeeds feeds) {
		this.catalog = catalog;
		this.events = events;
		this.organisations = organisations;
		this.feeds = feeds;
	}

	@GetMapping("/feeds/praktijken.atom")
	ResponseEntity<String> practices(HttpServletRequest request, WebRequest webRequest) throws FeedException {
		Instant lastChange = this.catalog.lastPublishedUpdate();
		if (lastChange != null && webRequest.checkNotModified(lastChange.toEpochMilli())) {
			return null;
		}
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		List<Practice> newest = this.catalog.published(PracticeFilter.none(), 0, ENTRIES, PracticeSort.NEWEST)
			.getContent();
		Map<Long, Organisation> leads = this.organisations
			.organisations(newest.stream().map(Practice::getLeadOrganisationId).toList());
		List<SyndEntry> entries = new ArrayList<>();
		newest.forEach((practice) -> entries.add(entry(practice, leads.get(practice.getLeadOrganisationId()), locale)));
		return atom(this.feeds.write("/feeds/praktijken.atom", "feed.practices", "/praktijken?sort=nieuw", lastChange,
				entries, locale));
	}

	/**
	 * The events that have not yet ended, soonest first. Which those are changes with the
	 * clock too, so the version is a tag of the entries, not a date.
	 */
	@GetMapping("/feeds/activiteiten.atom")
	ResponseEntity<String> events(HttpServletRequest request, WebRequest webRequest) throws FeedException {
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		List<NetworkEvent> upcoming = this.events
			.find(new EventQuery(EventQuery.When.UPCOMING, null, null, null, null, null, null), 0, ENTRIES)
			.getContent();
		StringBuilder version = new StringBuilder(locale.getLanguage());
		upcoming.forEach((event) -> version.append(',').append(event.getId()).append('@').append(event.getUpdatedAt()));
		if (webRequest.checkNotModified(Exports.tag(version.toString()))) {
			return null;
		}
		Instant lastChange = upcoming.stream().map(NetworkEvent::getUpdatedAt).max(Instant::compareTo).orElse(null);
		List<SyndEntry> entries = upcoming.stream().map((event) -> entry(event, locale)).toList();
		return atom(this.feeds.write("/feeds/activiteiten.atom", "feed.events", "/activiteiten", lastChange, entries,
				locale));
	}

	private SyndEntry entry(Practice practice, Organisation lead, Locale locale) {
		SyndEntry entry = this.feeds.entry("/api/v1/practices/" + practice.getId(), "/praktijken/" + practice.getSlug(),
				practice.getTitle(), practice.isDemo(), practice.getSummary(), practice.getUpdatedAt(), locale);
		entry.setPublishedDate(java.util.Date.from(practice.getPublishedAt()));
		if (lead != null) {
			entry.setAuthors(List.of(this.feeds.person(lead.getName(), "/organisaties/" + lead.getSlug())));
		}
		List<SyndCategory> categories = new ArrayList<>();
		categories.addAll(this.feeds.categories(practice.getThemes(), "themes", locale));
		categories.addAll(this.feeds.categories(practice.getLevers(), "levers", locale));
		entry.setCategories(categories);
		return entry;
	}

	/** An event: when and where first, then its summary; cancelled ones say so. */
	private SyndEntry entry(NetworkEvent event, Locale locale) {
		String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
			.format(EventTime.local(event.getStartsAt()));
		String where = event.isOnline() ? this.feeds.text("network.online", locale)
				: java.util.Objects.requireNonNullElse(event.getVenue(), "");
		String title = event.isCancelled() ? this.feeds.text("feed.events.cancelled", locale) + " " + event.getTitle()
				: event.getTitle();
		SyndEntry entry = this.feeds.entry("/api/v1/events/" + event.getId(), "/activiteiten/" + event.getSlug(), title,
				event.isDemo(), when + " · " + where + "\n" + event.getSummary(), event.getUpdatedAt(), locale);
		List<SyndCategory> categories = new ArrayList<>();
		categories.addAll(this.feeds.categories(List.of(event.getType()), "eventTypes", locale));
		categories.addAll(this.feeds.categories(List.of(event.getTrack()), "eventTracks", locale));
		categories.addAll(this.feeds.categories(event.getThemes().stream().sorted().toList(), "themes", locale));
		categories.addAll(this.feeds.categories(event.getLevers().stream().sorted().toList(), "levers", locale));
		entry.setCategories(categories);
		return entry;
	}

	private static ResponseEntity<String> atom(String body) {
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

}
