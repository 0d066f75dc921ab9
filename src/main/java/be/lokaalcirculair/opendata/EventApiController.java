package be.lokaalcirculair.opendata;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.shared.text.Slugs;

/**
 * The events of the learning network as JSON: what the agenda shows, without anything of
 * the participants.
 */
@RestController
@RequestMapping(path = "/api/v1/events", produces = "application/json")
@Tag(name = "events", description = "Events of the learning network: workshops, study days, excursions, webinars")
class EventApiController {

	private final EventQueries queries;

	private final EventRecords records;

	private final TermLabels labels;

	EventApiController(EventQueries queries, EventRecords records, TermLabels labels) {
		this.queries = queries;
		this.records = records;
		this.labels = labels;
	}

	@GetMapping
	@Operation(operationId = "listEvents", summary = "List events by start, earliest first",
			description = "The agenda's filters: by default the events that have not yet ended; when=past gives those "
					+ "that have, when=all both; month or from/to choose a period of start dates (then when defaults "
					+ "to all). Unknown parameters and values give 400. The same filters, without page and size, give "
					+ "every event as CSV or XLSX: /api/v1/events.csv and /api/v1/events.xlsx.")
	ApiPage<EventJson> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		Instant now = Instant.now();
		return ApiPage.of(
				this.records.page(this.queries.paged(parameters), this.queries.page(parameters),
						this.queries.size(parameters), PracticeApiController.baseUrl()),
				(facts) -> EventJson.of(facts, this.labels, now));
	}

	@GetMapping("/{idOrSlug}")
	@Operation(operationId = "getEvent", summary = "One event, by id or slug",
			description = "Last-Modified is the event's own last change; the free seats change without it, so "
					+ "revalidate with the ETag.")
	ResponseEntity<EventJson> one(@Parameter(
			description = "the event's id, or its slug as in /activiteiten/{slug}") @PathVariable String idOrSlug) {
		if (!idOrSlug.matches("\\d{1,18}") && !Slugs.isWellFormed(idOrSlug)) {
			throw notFound(idOrSlug);
		}
		EventFacts facts = this.records.one(idOrSlug, PracticeApiController.baseUrl())
			.orElseThrow(() -> notFound(idOrSlug));
		return ResponseEntity.ok()
			.lastModified(facts.event().getUpdatedAt())
			.body(EventJson.of(facts, this.labels, Instant.now()));
	}

	private static ResponseStatusException notFound(String idOrSlug) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"no event " + ((idOrSlug.length() > 40) ? idOrSlug.substring(0, 40) + "…" : idOrSlug));
	}

}
