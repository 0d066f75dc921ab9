package be.lokaalcirculair.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import be.lokaalcirculair.network.EventQuery;
import be.lokaalcirculair.network.EventTime;
import be.lokaalcirculair.network.EventType;
import be.lokaalcirculair.network.Track;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Reads the event filters of the API, strictly: the agenda's filters (type, track, theme,
 * province, month, upcoming or past) under English names, plus a period of dates. The
 * event list and its exports share them.
 */
@Component
class EventQueries {

	static final String TYPE = "type", TRACK = "track", THEME = "theme", PROVINCE = "province", WHEN = "when",
			MONTH = "month", FROM = "from", TO = "to", PAGE = "page", SIZE = "size";

	static final List<String> FILTERS = List.of(TYPE, TRACK, THEME, PROVINCE, WHEN, MONTH, FROM, TO);

	static final List<String> PAGED = List.of(TYPE, TRACK, THEME, PROVINCE, WHEN, MONTH, FROM, TO, PAGE, SIZE);

	static final int DEFAULT_SIZE = 20, MAX_SIZE = 100;

	private final Organisations organisations;

	EventQueries(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The query of the paged list. */
	EventQuery paged(MultiValueMap<String, String> parameters) {
		ApiParameters.onlyKnown(parameters, PAGED);
		return read(parameters);
	}

	/** The page number asked for, from 0. */
	int page(MultiValueMap<String, String> parameters) {
		int page = ApiParameters.page(ApiParameters.integer(parameters, PAGE));
		if ((long) page * MAX_SIZE > Integer.MAX_VALUE) {
			throw ApiParameters.bad("page too large");
		}
		return page;
	}

	/** The page size asked for. */
	int size(MultiValueMap<String, String> parameters) {
		return ApiParameters.size(ApiParameters.integer(parameters, SIZE), DEFAULT_SIZE, MAX_SIZE);
	}

	/** The query of an export: the filters only. */
	EventQuery unpaged(MultiValueMap<String, String> parameters) {
		ApiParameters.onlyKnown(parameters, FILTERS);
		return read(parameters);
	}

	private EventQuery read(MultiValueMap<String, String> parameters) {
		String province = ApiParameters.single(parameters, PROVINCE);
		YearMonth month = parse(MONTH, ApiParameters.single(parameters, MONTH), YearMonth::parse);
		LocalDate from = parse(FROM, ApiParameters.single(parameters, FROM), LocalDate::parse);
		LocalDate to = parse(TO, ApiParameters.single(parameters, TO), LocalDate::parse);
		if (month != null && (from != null || to != null)) {
			throw ApiParameters.bad("give either month or from/to, not both");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiParameters.bad("to is before from");
		}
		if (month != null) {
			from = month.atDay(1);
			to = month.atEndOfMonth();
		}
		String when = ApiParameters.single(parameters, WHEN);
		return new EventQuery(
				(when != null) ? ApiParameters.code(WHEN, when, EventQueries::when)
						: (from != null || to != null) ? EventQuery.When.ALL : EventQuery.When.UPCOMING,
				ApiParameters.code(TYPE, ApiParameters.single(parameters, TYPE), EventType::fromCode),
				ApiParameters.code(TRACK, ApiParameters.single(parameters, TRACK), Track::fromCode),
				ApiParameters.code(THEME, ApiParameters.single(parameters, THEME), Theme::fromCode), (province != null)
						? ApiParameters.code(PROVINCE, province, this.organisations::province).nisCode() : null,
				startOf(from), startOf((to != null) ? to.plusDays(1) : null));
	}

	/** The values of {@code when}, as the API documents them. */
	static List<String> whenValues() {
		return List.of("upcoming", "past", "all");
	}

	private static Optional<EventQuery.When> when(String value) {
		return whenValues().contains(value.strip().toLowerCase(Locale.ROOT))
				? Optional.of(EventQuery.When.valueOf(value.strip().toUpperCase(Locale.ROOT))) : Optional.empty();
	}

	/** The first moment of a day in Belgium: events are planned in Belgian time. */
	private static Instant startOf(LocalDate day) {
		return (day != null) ? EventTime.of(day.atStartOfDay()) : null;
	}

	private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
		String text = ApiParameters.text(name, value);
		if (text == null) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (DateTimeParseException ex) {
			throw ApiParameters
				.bad(name + " is not a date in the form " + ((MONTH.equals(name)) ? "2026-10" : "2026-10-25"));
		}
	}

}
