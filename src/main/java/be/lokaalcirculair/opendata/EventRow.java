package be.lokaalcirculair.opendata;

import java.util.List;

import be.lokaalcirculair.shared.taxonomy.Terms;

import static be.lokaalcirculair.opendata.ExportColumn.Kind.BOOLEAN;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.CODE;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.CODES;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.LINES;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.NUMBER;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.TEXT;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.TIMESTAMP;

/**
 * The columns of the event export, named as the fields of the API's event (flattened:
 * codes without their labels). No column holds anything of a participant or the online
 * link.
 */
final class EventRow {

	/** The name of the table, in message keys and sheet names. */
	static final String TABLE = "event";

	/** The name of the files and of the XLSX's sheet. */
	static final String FILE = "lokaal-circulair-activiteiten", SHEET = "activiteiten";

	/** The columns, in order. Add new ones at the end; never rename one. */
	static final List<ExportColumn<EventFacts>> COLUMNS = List.of(column("id", NUMBER, (r) -> r.event().getId()),
			column("slug", CODE, (r) -> r.event().getSlug()), column("url", TEXT, EventFacts::url),
			column("title", TEXT, (r) -> r.event().getTitle()), column("summary", TEXT, (r) -> r.event().getSummary()),
			column("type", CODE, (r) -> r.event().getType().code()),
			column("track", CODE, (r) -> r.event().getTrack().code()),
			column("themes", CODES, (r) -> Terms.codes(r.themes())),
			column("levers", CODES, (r) -> Terms.codes(r.levers())),
			column("online", BOOLEAN, (r) -> r.event().isOnline()),
			column("venue", TEXT, (r) -> r.event().isOnline() ? null : r.event().getVenue()),
			column("municipality", CODE, (r) -> (r.municipality() != null) ? r.municipality().getNisCode() : null),
			column("municipalityName", TEXT, (r) -> (r.municipality() != null) ? r.municipality().getName() : null),
			column("startsAt", TIMESTAMP, (r) -> r.event().getStartsAt()),
			column("endsAt", TIMESTAMP, (r) -> r.event().getEndsAt()),
			column("registrationDeadline", TIMESTAMP, (r) -> r.event().getRegistrationDeadline()),
			column("capacity", NUMBER, (r) -> r.event().getCapacity()),
			column("seatsLeft", NUMBER, EventFacts::seatsLeft), column("full", BOOLEAN, EventFacts::full),
			column("cancelled", BOOLEAN, (r) -> r.event().isCancelled()),
			column("programme", TEXT, (r) -> r.event().getProgramme()),
			column("speakers", LINES, (r) -> r.event().speakerList()),
			column("practiceIds", CODES, EventFacts::practiceIds), column("demo", BOOLEAN, (r) -> r.event().isDemo()),
			column("updatedAt", TIMESTAMP, (r) -> r.event().getUpdatedAt()));

	private EventRow() {
	}

	private static ExportColumn<EventFacts> column(String name, ExportColumn.Kind kind,
			java.util.function.Function<EventFacts, Object> value) {
		return new ExportColumn<>(name, kind, value);
	}

}
