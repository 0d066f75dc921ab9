package be.lokaalcirculair.network;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.organisation.Province;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * The agenda of the learning network: upcoming and past events with filters, each event's
 * page, and the events as iCalendar (all of them, and one per event).
 */
@Controller
class AgendaController {

	static final String LIST = "network/agenda";

	static final int PAGE_SIZE = 10;

	private final EventCatalog catalog;

	private final EventPages pages;

	private final EventCalendar calendar;

	private final Organisations organisations;

	private final FollowUps followUps;

	private final SeriesManagement series;

	AgendaController(EventCatalog catalog, EventPages pages, EventCalendar calendar, Organisations organisations,
			FollowUps followUps, SeriesManagement series) {
		this.series = series;
		this.catalog = catalog;
		this.pages = pages;
		this.calendar = calendar;
		this.organisations = organisations;
		this.followUps = followUps;
	}

	/** The address of an event's page. */
	static String url(NetworkEvent event) {
		return "/activiteiten/" + event.getSlug();
	}

	@GetMapping("/activiteiten")
	String agenda(@RequestParam(name = AgendaView.WHEN, required = false) String when,
			@RequestParam(name = AgendaView.TYPE, required = false) String type,
			@RequestParam(name = AgendaView.TRACK, required = false) String track,
			@RequestParam(name = AgendaView.THEME, required = false) String theme,
			@RequestParam(name = AgendaView.PROVINCE, required = false) String province,
			@RequestParam(name = AgendaView.MONTH, required = false) String month,
			@RequestParam(name = QueryLinks.PAGE, required = false) String page, HttpServletRequest request,
			Model model) {
		List<String> unknown = new ArrayList<>();
		AgendaFilter filter = new AgendaFilter("voorbij".equals(when), first(type, EventType::fromCode, unknown),
				first(track, Track::fromCode, unknown), first(theme, Theme::fromCode, unknown),
				Optional.ofNullable(first(province, this.organisations::province, unknown))
					.map(Province::nisCode)
					.orElse(null),
				month(month, unknown));
		int pageNumber = Parameters.pageNumber(page);
		if ((long) pageNumber * PAGE_SIZE > Integer.MAX_VALUE) {
			throw Parameters.badRequest();
		}
		Page<NetworkEvent> result = this.catalog.agenda(filter, pageNumber - 1, PAGE_SIZE);
		Map<String, String> places = new HashMap<>();
		result.forEach((event) -> Optional.ofNullable(this.pages.place(event.getMunicipalityNis()))
			.ifPresent((name) -> places.put(event.getMunicipalityNis(), name)));
		QueryLinks links = QueryLinks.of(request);
		model.addAttribute("view",
				new AgendaView(filter, result.getContent(), places, result.getTotalElements(), Pager.of(result, links),
						this.organisations.provinces(), unknown, links.without(AgendaView.WHEN, "voorbij"),
						links.with(AgendaView.WHEN, "voorbij")));
		return LIST;
	}

	@GetMapping("/activiteiten/{slug}")
	String event(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person, Model model) {
		NetworkEvent event = this.pages.event(slug);
		model.addAttribute("view", this.pages.view(event, person, null));
		model.addAttribute("followUp", this.followUps.of(event, person));
		model.addAttribute("series", this.series.seriesOf(event.getId()).orElse(null));
		return EventPages.DETAIL;
	}

	@GetMapping("/activiteiten/kalender.ics")
	ResponseEntity<String> feed() {
		return ics("activiteiten.ics", this.calendar.calendar(this.catalog.feed()));
	}

	@GetMapping("/activiteiten/{slug}/kalender.ics")
	ResponseEntity<String> eventCalendar(@PathVariable String slug) {
		NetworkEvent event = this.pages.event(slug);
		return ics(event.getSlug() + ".ics", this.calendar.calendar(List.of(event)));
	}

	private static ResponseEntity<String> ics(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
			.body(body);
	}

	private static <T> T first(String value, java.util.function.Function<String, Optional<T>> lookup,
			List<String> unknown) {
		List<T> known = Parameters.codes((value != null) ? List.of(value) : null, lookup, unknown);
		return known.isEmpty() ? null : known.get(0);
	}

	private static YearMonth month(String value, List<String> unknown) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(Parameters.text(value));
		}
		catch (DateTimeParseException ex) {
			unknown.add(value);
			return null;
		}
	}

}
